; Inno Setup 6 script: wraps dist\kiosk (built by `py bootstrap.py bundle`) into one setup program, in Vietnamese.
;   iscc /DAppVersion=0.1.0 installer\windows\kiosk.iss
; The Vietnamese messages come from Inno Setup's unofficial translations (Vietnamese.isl, from the Inno Setup
; source repository, jrsoftware/issrc, Files/Languages/Unofficial/); .github/workflows/windows.yml downloads it
; next to this script. Without it the installer falls back to English.
;
; What it does (installer/README.md explains why):
; - installs the bundle per machine into Program Files (read-only for the kiosk's everyday account);
; - one data folder for every Windows account: %ProgramData%\commune-kiosk\data, writable by the Users group,
;   named in the machine's kiosk.toml (%ProgramData%\commune-kiosk\kiosk.toml) which the program reads first;
;   never the installing administrator's profile;
; - does not create the database: the program creates and upgrades it at its first start, as the account that
;   will use it (a database created by the elevated installer would belong to the administrator);
; - optionally (checked by default) starts the citizen screen full screen at logon of a chosen account, under
;   the program's supervisor (restart after a crash, gives up after 3 in 5 minutes): a scheduled task made by
;   `kiosk-cli.exe autostart install`;
; - an upgrade installs over the old version (same AppId) and keeps the data folder;
; - uninstall keeps the data folder unless the person answers "Có" to "xoá cả dữ liệu" (default "Không").

#ifndef AppVersion
  #define AppVersion "0.0.0-dev"
#endif
#define AppName "Ki-ốt hỗ trợ số của xã"
#define AppExe "kiosk.exe"
#define CliExe "kiosk-cli.exe"
#define DataRoot "{commonappdata}\commune-kiosk"

[Setup]
AppId={{6B1E4F7A-2C1D-4B8E-9A51-3D2F0C7E8A10}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Tổ công nghệ số cộng đồng
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\CommuneKiosk
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=commune-kiosk-setup-{#AppVersion}
SetupIconFile=..\..\kiosk\resources\icons\kiosk.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
PrivilegesRequired=admin
; A running kiosk holds its files open: close it for the upgrade (the supervisor sees a clean exit).
CloseApplications=yes
RestartApplications=no
WizardStyle=modern

[Languages]
#if FileExists(AddBackslash(SourcePath) + "Vietnamese.isl")
Name: "vi"; MessagesFile: "Vietnamese.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
vi.AutostartTask=Tự mở màn hình lấy số (toàn màn hình) khi đăng nhập Windows
en.AutostartTask=Open the citizen ticket screen full screen at Windows logon
vi.DesktopIcon=Tạo biểu tượng trên màn hình nền
en.DesktopIcon=Create desktop shortcuts
vi.AccountTitle=Tài khoản chạy ki-ốt
en.AccountTitle=Kiosk account
vi.AccountDesc=Màn hình lấy số sẽ tự mở khi tài khoản này đăng nhập.
en.AccountDesc=The ticket screen opens when this account logs on.
vi.AccountPrompt=Tên tài khoản Windows (ví dụ: kiosk hoặc TENMAY\kiosk):
en.AccountPrompt=Windows account name (e.g. kiosk or PCNAME\kiosk):
vi.AccountEmpty=Xin nhập tên tài khoản sẽ chạy ki-ốt, hoặc bỏ chọn "tự mở màn hình" ở trang trước.
en.AccountEmpty=Please enter the account that will run the kiosk, or untick the autostart task.
vi.AutostartStatus=Đang bật tự khởi động màn hình lấy số...
en.AutostartStatus=Setting up the ticket screen at logon...
vi.RemoveData=Xoá cả dữ liệu (số liệu, bản sao lưu, nhật ký) trong %1?%n%nChọn "Không" để giữ lại dữ liệu cho lần cài sau.
en.RemoveData=Also delete the data (records, backups, logs) in %1?%n%nChoose "No" to keep it for a later install.
vi.KioskScreen=Màn hình lấy số (ki-ốt)
en.KioskScreen=Citizen ticket screen (kiosk)
vi.DeskScreen=Màn hình quầy
en.DeskScreen=Desk screen
vi.DisplayScreen=Màn hình phòng chờ
en.DisplayScreen=Hall display
vi.AdminScreen=Quản trị
en.AdminScreen=Administration
vi.PickerScreen=Chọn màn hình
en.PickerScreen=Choose a screen
vi.DataFolder=Thư mục dữ liệu
en.DataFolder=Data folder
vi.LaunchNow=Mở chương trình ngay
en.LaunchNow=Open the program now

[Tasks]
Name: "autostart"; Description: "{cm:AutostartTask}"
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Dirs]
; Every account that runs a screen writes here (tickets, records, backups, logs); Program Files stays read-only.
Name: "{#DataRoot}"; Permissions: users-modify
Name: "{#DataRoot}\data"; Permissions: users-modify

[Files]
Source: "..\..\dist\kiosk\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion createallsubdirs

[Icons]
Name: "{group}\{cm:KioskScreen}"; Filename: "{app}\{#AppExe}"; Parameters: "run --role kiosk"
Name: "{group}\{cm:DeskScreen}"; Filename: "{app}\{#AppExe}"; Parameters: "run --role desk --windowed"
Name: "{group}\{cm:DisplayScreen}"; Filename: "{app}\{#AppExe}"; Parameters: "run --role display"
Name: "{group}\{cm:AdminScreen}"; Filename: "{app}\{#AppExe}"; Parameters: "run --role admin --windowed"
Name: "{group}\{cm:PickerScreen}"; Filename: "{app}\{#AppExe}"; Parameters: "run --role picker"
Name: "{group}\{cm:DataFolder}"; Filename: "{#DataRoot}\data"
Name: "{autodesktop}\{cm:DeskScreen}"; Filename: "{app}\{#AppExe}"; Parameters: "run --role desk --windowed"; Tasks: desktopicon
Name: "{autodesktop}\{cm:PickerScreen}"; Filename: "{app}\{#AppExe}"; Parameters: "run --role picker"; Tasks: desktopicon

[Run]
Filename: "{app}\{#CliExe}"; Parameters: "autostart install --role kiosk --user ""{code:KioskAccount}"""; Flags: runhidden waituntilterminated; StatusMsg: "{cm:AutostartStatus}"; Tasks: autostart
Filename: "{app}\{#AppExe}"; Parameters: "run --role picker"; Description: "{cm:LaunchNow}"; Flags: postinstall nowait skipifsilent runasoriginaluser

[UninstallRun]
Filename: "{app}\{#CliExe}"; Parameters: "autostart remove"; Flags: runhidden waituntilterminated; RunOnceId: "RemoveAutostart"

[Code]
var
  AccountPage: TInputQueryWizardPage;

procedure InitializeWizard;
begin
  AccountPage := CreateInputQueryPage(wpSelectTasks, CustomMessage('AccountTitle'), CustomMessage('AccountDesc'), '');
  AccountPage.Add(CustomMessage('AccountPrompt'), False);
  // The account that started the installer (before elevation) is the usual guess on a one-person PC.
  AccountPage.Values[0] := GetPreviousData('KioskAccount', ExpandConstant('{username}'));
end;

function ShouldSkipPage(PageID: Integer): Boolean;
begin
  Result := (PageID = AccountPage.ID) and not WizardIsTaskSelected('autostart');
end;

function NextButtonClick(CurPageID: Integer): Boolean;
begin
  Result := True;
  if (CurPageID = AccountPage.ID) and (Trim(AccountPage.Values[0]) = '') then
  begin
    MsgBox(CustomMessage('AccountEmpty'), mbError, MB_OK);
    Result := False;
  end;
end;

procedure RegisterPreviousData(PreviousDataKey: Integer);
begin
  SetPreviousData(PreviousDataKey, 'KioskAccount', AccountPage.Values[0]);
end;

function KioskAccount(Param: String): String;
begin
  Result := Trim(AccountPage.Values[0]);
end;

procedure CurStepChanged(CurStep: TSetupStep);
var
  ConfigFile: String;
begin
  if CurStep = ssPostInstall then
  begin
    // The machine's configuration: written once, never overwritten by an upgrade (an IT person may have edited
    // it, e.g. to point every PC of the office at the office's PostgreSQL server). A TOML literal string ('...')
    // keeps the backslashes of the Windows path as they are.
    ConfigFile := ExpandConstant('{#DataRoot}\kiosk.toml');
    if not FileExists(ConfigFile) then
      SaveStringToFile(ConfigFile,
        '# Written by the installer: every Windows account of this PC uses this data folder.' + #13#10 +
        '# Several PCs sharing one PostgreSQL server: add  db_url = "postgresql+psycopg://USER:PASSWORD@HOST/DB"' + #13#10 +
        'data_dir = ''' + ExpandConstant('{#DataRoot}\data') + '''' + #13#10, False);
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataRoot: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataRoot := ExpandConstant('{#DataRoot}');
    // Silent uninstalls (an IT person's script) never delete data; a person must answer the question.
    if (not UninstallSilent) and DirExists(DataRoot) and
       (MsgBox(FmtMessage(CustomMessage('RemoveData'), [DataRoot]), mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES) then
      DelTree(DataRoot, True, True, True);
  end;
end;
