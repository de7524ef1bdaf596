; Inno Setup script: wraps dist\commune-kiosk (built by installer\kiosk.spec) into one setup.exe.
;   iscc installer\windows\kiosk.iss
; Installs for all users, adds Start-menu shortcuts for each screen and, if chosen, starts the citizen
; screen at logon ({commonstartup}), the usual lock-down on Windows Pro/Home (ENGINEERING.md §5).
#define AppName "Ki-ot ho tro so cua xa"
#define AppVersion "0.1.0"

[Setup]
AppId={{6B1E4F7A-2C1D-4B8E-9A51-3D2F0C7E8A10}
AppName={#AppName}
AppVersion={#AppVersion}
DefaultDirName={autopf}\CommuneKiosk
DefaultGroupName={#AppName}
OutputBaseFilename=commune-kiosk-setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "autostart"; Description: "Start the citizen ticket screen when Windows starts"; Flags: unchecked

[Files]
Source: "..\..\dist\commune-kiosk\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Man hinh lay so (kiosk)"; Filename: "{app}\kiosk.exe"; Parameters: "run --role kiosk"
Name: "{group}\Quay (desk)"; Filename: "{app}\kiosk.exe"; Parameters: "run --role desk --windowed"
Name: "{group}\Man hinh phong cho (display)"; Filename: "{app}\kiosk.exe"; Parameters: "run --role display"
Name: "{group}\Quan tri (admin)"; Filename: "{app}\kiosk.exe"; Parameters: "run --role admin --windowed"
Name: "{commonstartup}\Ki-ot lay so"; Filename: "{app}\kiosk.exe"; Parameters: "run --role kiosk"; Tasks: autostart

[Run]
Filename: "{app}\kiosk.exe"; Parameters: "db upgrade"; Flags: runhidden; StatusMsg: "Preparing the database..."
