<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi_VN">
<context>
    <name>AboutTab</name>
    <message>
        <source>Phiên bản</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Bản cài</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Chương trình</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Thư mục cài đặt</source>
        <translation>Install folder</translation>
    </message>
    <message>
        <source>Thư mục dữ liệu</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Tệp cấu hình</source>
        <translation>Config files</translation>
    </message>
    <message>
        <source>Mã điểm</source>
        <translation>Point code</translation>
    </message>
    <message>
        <source>Tự mở khi đăng nhập</source>
        <translation>Starts at login</translation>
    </message>
    <message>
        <source>Hệ điều hành</source>
        <translation>Operating system</translation>
    </message>
    <message>
        <source>gói cài đặt (bundle)</source>
        <translation>installed bundle</translation>
    </message>
    <message>
        <source>mã nguồn trong môi trường Python</source>
        <translation>source code in a Python environment</translation>
    </message>
    <message>
        <source>không có (dùng mặc định)</source>
        <translation>none (defaults in use)</translation>
    </message>
    <message>
        <source>chưa bật (kiosk autostart install)</source>
        <translation>off (kiosk autostart install)</translation>
    </message>
    <message>
        <source>tác vụ Task Scheduler &apos;CommuneKiosk&apos; (xem bằng: schtasks /Query /TN CommuneKiosk)</source>
        <translation>Task Scheduler task &apos;CommuneKiosk&apos; (see: schtasks /Query /TN CommuneKiosk)</translation>
    </message>
    <message>
        <source>Ki-ốt hỗ trợ số của xã</source>
        <translation>Commune digital support kiosk</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Chỉ dành cho quản trị viên. Chọn tài khoản quản trị:</source>
        <translation>Administrators only. Choose an admin account:</translation>
    </message>
    <message>
        <source>Thoát chương trình</source>
        <translation>Quit the program</translation>
    </message>
    <message>
        <source>Quay lại màn hình công dân</source>
        <translation>Back to the citizen screen</translation>
    </message>
    <message>
        <source>Quản trị – thoát chế độ ki-ốt</source>
        <translation>Admin – leave kiosk mode</translation>
    </message>
    <message>
        <source>Chưa có tài khoản quản trị. Tạo bằng lệnh: kiosk staff add &quot;Họ tên&quot; --role admin</source>
        <translation>No admin account yet. Create one with: kiosk staff add &quot;Full Name&quot; --role admin</translation>
    </message>
    <message>
        <source>Xin chào {name}. Thoát chế độ ki-ốt?</source>
        <translation>Hello {name}. Leave kiosk mode?</translation>
    </message>
    <message>
        <source>Quản trị viên đầu tiên</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <source>Người này mở được phần Quản trị (tài khoản, quầy, cài đặt). Không có mã PIN mặc định: chọn 4 đến 8 chữ số, gõ hai lần và ghi nhớ.</source>
        <translation>This person can open the admin area (accounts, counters, settings). There is no default PIN: choose 4 to 8 digits, type them twice and remember them.</translation>
    </message>
    <message>
        <source>Ví dụ: Nguyễn Văn An</source>
        <translation>For example: Nguyễn Văn An</translation>
    </message>
    <message>
        <source>4 đến 8 chữ số</source>
        <translation>4 to 8 digits</translation>
    </message>
    <message>
        <source>Gõ lại mã PIN</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Mã PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Quản trị viên: {name} (mã PIN đã gõ hai lần)</source>
        <translation>Administrator: {name} (PIN typed twice)</translation>
    </message>
</context>
<context>
    <name>AdminWindow</name>
    <message>
        <source>Quản trị</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Tổng hợp số liệu, xuất báo cáo (cần mã PIN quản trị)</source>
        <translation>Figures and report exports (admin PIN needed)</translation>
    </message>
    <message>
        <source>Quản trị – Ki-ốt hỗ trợ số</source>
        <translation>Admin – Digital support kiosk</translation>
    </message>
    <message>
        <source>Khu vực quản trị đang khoá.</source>
        <translation>The admin area is locked.</translation>
    </message>
    <message>
        <source>Đăng nhập bằng mã PIN</source>
        <translation>Log in with a PIN</translation>
    </message>
    <message>
        <source>Phiên bản {0}</source>
        <translation>Version {0}</translation>
    </message>
    <message>
        <source>Tổng hợp số liệu</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Sao lưu</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Giọng đọc</source>
        <translation>Voice</translation>
    </message>
    <message>
        <source>Đợt cao điểm</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Phiên bản</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Đang mở: {name}</source>
        <translation>Unlocked: {name}</translation>
    </message>
    <message>
        <source>Khoá</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Nhân sự</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Quầy và dịch vụ</source>
        <translation>Counters and services</translation>
    </message>
    <message>
        <source>Thôn</source>
        <translation>Villages</translation>
    </message>
    <message>
        <source>Thủ tục địa phương</source>
        <translation>Local procedures</translation>
    </message>
    <message>
        <source>Bảng chữ chạy</source>
        <translation>Ticker</translation>
    </message>
    <message>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Số liệu chính thức</source>
        <translation>Official figures</translation>
    </message>
    <message>
        <source>Nhật ký</source>
        <translation>Audit log</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Ki-ốt hỗ trợ số</source>
        <translation>Digital support kiosk</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>Mọi người</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Mọi việc</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Từ</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Đến</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Lọc</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Xuất CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Người thực hiện</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Việc</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Chi tiết</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>{0} dòng, mới nhất trước</source>
        <translation>{0} lines, newest first</translation>
    </message>
    <message>
        <source>Chọn thư mục lưu nhật ký</source>
        <translation>Choose a folder for the log</translation>
    </message>
    <message>
        <source>Đã lưu {0}</source>
        <translation>Saved {0}</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>Sao lưu ngay</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Khôi phục…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>Taken at</translation>
    </message>
    <message>
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Kiểm tra</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Đang sao lưu…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Xin chọn một bản sao lưu trong danh sách trước.</source>
        <translation>Choose a backup in the list first.</translation>
    </message>
    <message>
        <source>Đang khôi phục…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu lúc {when}? Dữ liệu hiện tại được sao lưu trước.</source>
        <translation>Replace all current data with the backup from {when}? The current data is backed up first.</translation>
    </message>
    <message>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Đạt</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Hỏng: {p}</source>
        <translation>Broken: {p}</translation>
    </message>
    <message>
        <source>Chưa có bản sao lưu nào.</source>
        <translation>No backups yet.</translation>
    </message>
    <message>
        <source>Đã sao lưu và kiểm tra: {name}.</source>
        <translation>Backed up and checked: {name}.</translation>
    </message>
    <message>
        <source>Bản sao lưu vừa ghi không qua kiểm tra: {p}.</source>
        <translation>The new backup failed its check: {p}.</translation>
    </message>
    <message>
        <source>Khôi phục xong nhưng cơ sở dữ liệu không qua kiểm tra: {p}.</source>
        <translation>Restored, but the database failed its check: {p}.</translation>
    </message>
    <message>
        <source> Dữ liệu trước đó được giữ trong {name}.</source>
        <translation> The previous data is kept in {name}.</translation>
    </message>
    <message>
        <source>Đã khôi phục.</source>
        <translation>Restored.</translation>
    </message>
</context>
<context>
    <name>CampaignTab</name>
    <message>
        <source>Đợt đang bật có mục riêng trong mọi báo cáo trùng thời gian của đợt. Khai báo đợt mới bằng lệnh: kiosk campaign add --file TỆP.yaml</source>
        <translation>An enabled campaign gets its own section in every report that overlaps it. Add a campaign with: kiosk campaign add --file FILE.yaml</translation>
    </message>
    <message>
        <source>Bật / tắt đợt đã chọn</source>
        <translation>Turn the chosen campaign on / off</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Tên đợt</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Chủ đề của đợt</source>
        <translation>Campaign topics</translation>
    </message>
    <message>
        <source>Được tính khi hỗ trợ</source>
        <translation>Counted when helping with</translation>
    </message>
    <message>
        <source>Đang bật</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Đang tắt</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>thủ tục nộp trực tuyến</source>
        <translation>procedures submitted online</translation>
    </message>
    <message>
        <source>mọi thủ tục</source>
        <translation>any procedure</translation>
    </message>
    <message>
        <source>Xin chọn một đợt trong danh sách trước.</source>
        <translation>Choose a campaign in the list first.</translation>
    </message>
    <message>
        <source>Đã bật đợt {0}.</source>
        <translation>Campaign {0} turned on.</translation>
    </message>
    <message>
        <source>Đã tắt đợt {0}.</source>
        <translation>Campaign {0} turned off.</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <source>Tìm theo tên, mã hoặc từ tìm kiếm (không cần dấu)</source>
        <translation>Search by name, code or search words (accents optional)</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Từ tìm kiếm thêm</source>
        <translation>Extra search words</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Ví dụ: giấy khai sinh, làm giấy cho con</source>
        <translation>For example: giấy khai sinh, làm giấy cho con</translation>
    </message>
    <message>
        <source>Từ tìm kiếm</source>
        <translation>Search words</translation>
    </message>
    <message>
        <source>Mục mới</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>Thêm mục địa phương</source>
        <translation>Add local item</translation>
    </message>
    <message>
        <source>Lưu từ tìm kiếm</source>
        <translation>Save search words</translation>
    </message>
    <message>
        <source>Ẩn ở xã này</source>
        <translation>Hide in this commune</translation>
    </message>
    <message>
        <source>Đang dùng</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Đã ẩn</source>
        <translation>Hidden</translation>
    </message>
    <message>
        <source> (địa phương)</source>
        <translation> (local)</translation>
    </message>
    <message>
        <source>Hiện lại</source>
        <translation>Show again</translation>
    </message>
    <message>
        <source>Thêm mục của xã (tên, lĩnh vực, từ tìm kiếm)</source>
        <translation>Add the commune&apos;s own item (name, service, search words)</translation>
    </message>
    <message>
        <source>Đã thêm vào danh mục của xã.</source>
        <translation>Added to the commune&apos;s catalogue.</translation>
    </message>
    <message>
        <source>Đã lưu từ tìm kiếm.</source>
        <translation>Search words saved.</translation>
    </message>
    <message>
        <source>Đã ẩn; quầy không còn thấy mục này khi tìm.</source>
        <translation>Hidden; desks no longer find this item.</translation>
    </message>
    <message>
        <source>Đã hiện lại.</source>
        <translation>Shown again.</translation>
    </message>
</context>
<context>
    <name>ChannelsPage</name>
    <message>
        <source>Kênh liên hệ của xã</source>
        <translation>Commune&apos;s contact channels</translation>
    </message>
    <message>
        <source>In trên tờ mã QR phát cho người dân. Bỏ trống nếu xã chưa có.</source>
        <translation>Printed on the QR handouts for citizens. Leave empty if the commune has none.</translation>
    </message>
    <message>
        <source>Ví dụ: 0207 3xxx xxx</source>
        <translation>For example: 0207 3xxx xxx</translation>
    </message>
    <message>
        <source>Trang thông tin điện tử của xã</source>
        <translation>Commune&apos;s website</translation>
    </message>
    <message>
        <source>Zalo OA của xã</source>
        <translation>Commune&apos;s Zalo OA</translation>
    </message>
    <message>
        <source>Số điện thoại hỗ trợ (đường dây nóng)</source>
        <translation>Help phone number (hotline)</translation>
    </message>
    <message>
        <source>Kênh liên hệ: </source>
        <translation>Contact channels: </translation>
    </message>
    <message>
        <source>chưa có</source>
        <translation>none yet</translation>
    </message>
</context>
<context>
    <name>CommunePage</name>
    <message>
        <source>Xã của mình</source>
        <translation>Your commune</translation>
    </message>
    <message>
        <source>Tên viết đúng như trên con dấu: in trên phiếu số thứ tự, tờ hướng dẫn và báo cáo lãnh đạo ký.</source>
        <translation>Names written exactly as on the official seal: printed on tickets, guides and signed reports.</translation>
    </message>
    <message>
        <source>Ví dụ: Tỉnh Tuyên Quang</source>
        <translation>For example: Tỉnh Tuyên Quang</translation>
    </message>
    <message>
        <source>Ví dụ: UBND xã Minh Quang</source>
        <translation>For example: UBND xã Minh Quang</translation>
    </message>
    <message>
        <source>Ví dụ: Trung tâm Phục vụ hành chính công xã Minh Quang</source>
        <translation>For example: Trung tâm Phục vụ hành chính công xã Minh Quang</translation>
    </message>
    <message>
        <source>Tỉnh</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Tên cơ quan trên con dấu</source>
        <translation>Authority name on the seal</translation>
    </message>
    <message>
        <source>Tên chính thức của bộ phận một cửa</source>
        <translation>Official name of the one-stop desk</translation>
    </message>
    <message>
        <source>Chỉ muốn xem thử chương trình?</source>
        <translation>Just want to try the program?</translation>
    </message>
    <message>
        <source>Dùng thử với dữ liệu mẫu</source>
        <translation>Try it with sample data</translation>
    </message>
</context>
<context>
    <name>CounterChooser</name>
    <message>
        <source>Chọn quầy làm việc</source>
        <translation>Choose your counter</translation>
    </message>
    <message>
        <source>Quầy được nhớ trên máy này cho lần sau.</source>
        <translation>This PC remembers the counter for next time.</translation>
    </message>
</context>
<context>
    <name>CounterRow</name>
    <message>
        <source>Quầy số</source>
        <translation>Counter number</translation>
    </message>
    <message>
        <source>Quầy {n}</source>
        <translation>Counter {n}</translation>
    </message>
    <message>
        <source>Bỏ</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>CountersPage</name>
    <message>
        <source>Các quầy và lĩnh vực mỗi quầy nhận</source>
        <translation>Counters and the services each one takes</translation>
    </message>
    <message>
        <source>Chạm chữ cái để bật/tắt lĩnh vực của quầy. Số của lĩnh vực không quầy nào nhận sẽ không được gọi.</source>
        <translation>Tap a letter to turn a counter&apos;s service on or off. Tickets of a service no counter takes are never called.</translation>
    </message>
    <message>
        <source>Thêm quầy</source>
        <translation>Add counter</translation>
    </message>
    <message>
        <source>Quầy</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Quầy 1</source>
        <translation>Counter 1</translation>
    </message>
    <message>
        <source>Quầy {n}</source>
        <translation>Counter {n}</translation>
    </message>
    <message>
        <source>Chưa quầy nào nhận </source>
        <translation>No counter takes </translation>
    </message>
    <message>
        <source>: số của lĩnh vực này sẽ không bao giờ được gọi.</source>
        <translation>: its tickets will never be called.</translation>
    </message>
    <message>
        <source>Số quầy</source>
        <translation>Counter number</translation>
    </message>
    <message>
        <source>Tên quầy</source>
        <translation>Counter name</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Service</translation>
    </message>
</context>
<context>
    <name>CountersTab</name>
    <message>
        <source>Quầy</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Lĩnh vực xếp hàng</source>
        <translation>Queue services</translation>
    </message>
    <message>
        <source>Tên quầy</source>
        <translation>Counter name</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Thêm quầy</source>
        <translation>Add counter</translation>
    </message>
    <message>
        <source>Số quầy</source>
        <translation>Counter number</translation>
    </message>
    <message>
        <source>Phục vụ</source>
        <translation>Serves</translation>
    </message>
    <message>
        <source>Đang dùng</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Lưu quầy</source>
        <translation>Save counter</translation>
    </message>
    <message>
        <source>Chữ</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Thứ tự</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Thêm lĩnh vực</source>
        <translation>Add service</translation>
    </message>
    <message>
        <source>Chữ cái</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Mô tả</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>(không có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Hiện trên màn hình lấy số</source>
        <translation>Shown on the ticket screen</translation>
    </message>
    <message>
        <source>Biểu tượng</source>
        <translation>Icon</translation>
    </message>
    <message>
        <source>Lưu lĩnh vực</source>
        <translation>Save service</translation>
    </message>
    <message>
        <source>Ngừng</source>
        <translation>Stop using</translation>
    </message>
    <message>
        <source>Chưa quầy nào phục vụ lĩnh vực {0}: số thứ tự của lĩnh vực đó sẽ không được gọi.</source>
        <translation>No counter serves service {0}: its tickets will never be called.</translation>
    </message>
    <message>
        <source>Sửa quầy {0}</source>
        <translation>Edit counter {0}</translation>
    </message>
    <message>
        <source>Đã lưu quầy.</source>
        <translation>Counter saved.</translation>
    </message>
    <message>
        <source>Sửa lĩnh vực {0}</source>
        <translation>Edit service {0}</translation>
    </message>
    <message>
        <source>Đã lưu.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>CrashNotice</name>
    <message>
        <source>Ki-ốt tạm dừng</source>
        <translation>Kiosk stopped</translation>
    </message>
    <message>
        <source>Ki-ốt đang tạm dừng</source>
        <translation>The kiosk has stopped</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DeskBoard</name>
    <message>
        <source>QUẦY</source>
        <translation>DESK</translation>
    </message>
    <message>
        <source>ĐANG PHỤC VỤ</source>
        <translation>NOW SERVING</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>Bàn hỗ trợ</source>
        <translation>Help desk</translation>
    </message>
    <message>
        <source>Đăng xuất</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Ghi nhận</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Trong ngày</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Hẹn lại</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Sinh hoạt nhóm</source>
        <translation>Group sessions</translation>
    </message>
    <message>
        <source>Ngày trực</source>
        <translation>Duty days</translation>
    </message>
    <message>
        <source>Bàn hỗ trợ – </source>
        <translation>Help desk – </translation>
    </message>
    <message>
        <source>Gọi số, ghi nhận lượt hỗ trợ, hẹn lại, sinh hoạt nhóm, ngày trực</source>
        <translation>Call tickets, record help given, follow-ups, group sessions, duty days</translation>
    </message>
</context>
<context>
    <name>DisplayWindow</name>
    <message>
        <source>Màn hình phòng chờ</source>
        <translation>Waiting room display</translation>
    </message>
    <message>
        <source>Số đang phục vụ ở từng quầy, đọc số bằng giọng nói</source>
        <translation>Ticket served at each desk, calls read aloud</translation>
    </message>
    <message>
        <source>Thứ Hai</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Thứ Ba</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Thứ Tư</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thứ Năm</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Thứ Sáu</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Thứ Bảy</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Chủ nhật</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>Mất kết nối – đang thử lại</source>
        <translation>Connection lost – retrying</translation>
    </message>
    <message>
        <source>Màn hình này không đọc số (màn hình đọc: %1)</source>
        <translation>This screen does not read calls aloud (the reading screen: %1)</translation>
    </message>
</context>
<context>
    <name>DutyPanel</name>
    <message>
        <source>{0} đ</source>
        <translation>{0} VND</translation>
    </message>
    <message>
        <source>Điểm danh ngày trực hôm nay</source>
        <translation>Check in for today&apos;s duty</translation>
    </message>
    <message>
        <source>Điểm danh trực</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>Kết thúc ca</source>
        <translation>End shift</translation>
    </message>
    <message>
        <source>Tháng trước</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <source>Tháng sau</source>
        <translation>Next month</translation>
    </message>
    <message>
        <source>Thành viên</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Số ngày trực</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Các ngày trong tháng</source>
        <translation>Days in the month</translation>
    </message>
    <message>
        <source>Thành tiền</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Được chi</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Lý do giảm</source>
        <translation>Why reduced</translation>
    </message>
    <message>
        <source>Tháng {0}</source>
        <translation>Month {0}</translation>
    </message>
    <message>
        <source>Cả tổ tháng này: {0} ngày trực, thành tiền {1}, được chi {2}.</source>
        <translation>Whole team this month: {0} duty days, amount {1}, paid {2}.</translation>
    </message>
    <message>
        <source>Từ đầu năm đã chi {0} trên mức tối đa {1}/năm, còn {2}.</source>
        <translation>Paid since January: {0} of the {1} yearly cap, {2} left.</translation>
    </message>
    <message>
        <source>Hôm nay đang trực: </source>
        <translation>On duty today: </translation>
    </message>
    <message>
        <source>chưa ai điểm danh.</source>
        <translation>nobody has checked in.</translation>
    </message>
    <message>
        <source>Đã điểm danh trực tại {0}.</source>
        <translation>Checked in at {0}.</translation>
    </message>
    <message>
        <source>Đã kết thúc ca trực.</source>
        <translation>Shift ended.</translation>
    </message>
</context>
<context>
    <name>FiguresTab</name>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Giá trị</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Kỳ</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Nguồn</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Ngày nguồn</source>
        <translation>Source date</translation>
    </message>
    <message>
        <source>Nhập số liệu chính thức</source>
        <translation>Enter an official figure</translation>
    </message>
    <message>
        <source>Ví dụ: ty_le_ho_so_truc_tuyen</source>
        <translation>For example: ty_le_ho_so_truc_tuyen</translation>
    </message>
    <message>
        <source>Mã chỉ tiêu</source>
        <translation>Indicator code</translation>
    </message>
    <message>
        <source>Tên chỉ tiêu</source>
        <translation>Indicator name</translation>
    </message>
    <message>
        <source>Kỳ số liệu</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Ví dụ: Cổng Dịch vụ công quốc gia</source>
        <translation>For example: National Public Service Portal</translation>
    </message>
    <message>
        <source>Ngày lấy số liệu</source>
        <translation>Date taken</translation>
    </message>
    <message>
        <source>Lưu số liệu</source>
        <translation>Save figure</translation>
    </message>
    <message>
        <source>Đã lưu số liệu chính thức.</source>
        <translation>Official figure saved.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Đang mở dữ liệu mẫu (lần đầu mất vài giây)…</source>
        <translation>Opening the sample data (a few seconds the first time)…</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <source>Hiện cả lịch hẹn 7 ngày tới</source>
        <translation>Also show the next 7 days</translation>
    </message>
    <message>
        <source>Hẹn ngày</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Trễ</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Lý do hẹn</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Việc đã hỗ trợ</source>
        <translation>Help given</translation>
    </message>
    <message>
        <source>Thôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Liên hệ</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Người hỗ trợ</source>
        <translation>Helper</translation>
    </message>
    <message>
        <source>Đã xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Xem số điện thoại</source>
        <translation>Show phone number</translation>
    </message>
    <message>
        <source>Mỗi lần xem được ghi vào nhật ký</source>
        <translation>Each view is written to the log</translation>
    </message>
    <message>
        <source>trễ {0} ngày</source>
        <translation>{0} days late</translation>
    </message>
    <message>
        <source>hôm nay</source>
        <translation>today</translation>
    </message>
    <message>
        <source>{0} lịch hẹn đến hạn hoặc quá hạn</source>
        <translation>{0} follow-ups due or overdue</translation>
    </message>
    <message>
        <source>Đã đánh dấu xong lịch hẹn.</source>
        <translation>Follow-up marked done.</translation>
    </message>
</context>
<context>
    <name>GroupSessionsPanel</name>
    <message>
        <source>Ghi buổi sinh hoạt, tập huấn</source>
        <translation>Record a group session or training</translation>
    </message>
    <message>
        <source>Chủ đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Tên buổi (nếu không chọn chủ đề)</source>
        <translation>Session name (if no topic chosen)</translation>
    </message>
    <message>
        <source>Tên buổi</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Thôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Số người dự</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Tờ rơi đã phát</source>
        <translation>Leaflets handed out</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Lưu buổi sinh hoạt</source>
        <translation>Save session</translation>
    </message>
    <message>
        <source>Người dự</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Tờ rơi</source>
        <translation>Leaflets</translation>
    </message>
    <message>
        <source>Phụ trách</source>
        <translation>Led by</translation>
    </message>
    <message>
        <source>Lý do huỷ buổi đã chọn</source>
        <translation>Reason for cancelling the chosen session</translation>
    </message>
    <message>
        <source>Huỷ buổi</source>
        <translation>Cancel session</translation>
    </message>
    <message>
        <source>— Chọn chủ đề —</source>
        <translation>— Choose a topic —</translation>
    </message>
    <message>
        <source>— Chọn thôn —</source>
        <translation>— Choose a village —</translation>
    </message>
    <message>
        <source>Đã lưu buổi {0} ({1} người dự).</source>
        <translation>Saved session {0} ({1} attendees).</translation>
    </message>
    <message>
        <source>{0} ngày qua: {1} buổi, {2} người dự, {3} tờ rơi</source>
        <translation>Last {0} days: {1} sessions, {2} attendees, {3} leaflets</translation>
    </message>
    <message>
        <source>Đã huỷ buổi sinh hoạt.</source>
        <translation>Session cancelled.</translation>
    </message>
</context>
<context>
    <name>GuideListPage</name>
    <message>
        <source>Chạm vào việc ông/bà muốn làm trên điện thoại để xem từng bước:</source>
        <translation>Tap what you want to do on your phone to see each step:</translation>
    </message>
    <message>
        <source>Hướng dẫn sử dụng ứng dụng</source>
        <translation>App guides</translation>
    </message>
    <message>
        <source>Chưa có hướng dẫn nào; xin hỏi cán bộ tại quầy.</source>
        <translation>No guides yet; please ask at the desk.</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>Các hướng dẫn</source>
        <translation>All guides</translation>
    </message>
    <message>
        <source>Trước</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Tiếp</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>In hướng dẫn</source>
        <translation>Print guide</translation>
    </message>
    <message>
        <source>Hướng dẫn</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Đang mở hướng dẫn…</source>
        <translation>Opening the guide…</translation>
    </message>
    <message>
        <source>Cần chuẩn bị:</source>
        <translation>You need:</translation>
    </message>
    <message>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Bước {n}/{total}</source>
        <translation>Step {n}/{total}</translation>
    </message>
    <message>
        <source>Nếu gặp khó khăn ({n}/{total})</source>
        <translation>If something goes wrong ({n}/{total})</translation>
    </message>
    <message>
        <source>Lưu ý an toàn</source>
        <translation>Safety note</translation>
    </message>
    <message>
        <source>Cẩn thận kẻ gian</source>
        <translation>Beware of scams</translation>
    </message>
    <message>
        <source>Mở camera điện thoại (hoặc Zalo › Quét mã QR) và hướng vào một mã dưới đây.</source>
        <translation>Open your phone camera (or Zalo › Scan QR) and point it at a code below.</translation>
    </message>
    <message>
        <source>Trang chính thức</source>
        <translation>Official page</translation>
    </message>
    <message>
        <source>Quét mã để mở</source>
        <translation>Scan to open</translation>
    </message>
    <message>
        <source>{part}  ·  trang {n}/{total}</source>
        <translation>{part}  ·  page {n}/{total}</translation>
    </message>
    <message>
        <source>Đang in tờ hướng dẫn…</source>
        <translation>Printing the guide…</translation>
    </message>
    <message>
        <source>Đã in tờ hướng dẫn – xin nhận ở máy in.</source>
        <translation>Guide printed – please collect it at the printer.</translation>
    </message>
    <message>
        <source>Máy này không in giấy – xin hỏi cán bộ tại quầy để in tờ hướng dẫn này.</source>
        <translation>This machine does not print – please ask at the desk for this guide.</translation>
    </message>
    <message>
        <source>Máy in đang lỗi – cán bộ tại quầy sẽ in lại tờ hướng dẫn này cho ông/bà.</source>
        <translation>The printer has a problem – staff at the desk will print this guide for you.</translation>
    </message>
    <message>
        <source>Chưa in được – xin hỏi cán bộ tại quầy. ({reason})</source>
        <translation>Not printed – please ask at the desk. ({reason})</translation>
    </message>
</context>
<context>
    <name>HeroPanel</name>
    <message>
        <source>MỜI SỐ</source>
        <translation>NOW CALLING</translation>
    </message>
    <message>
        <source>XIN CHÀO</source>
        <translation>WELCOME</translation>
    </message>
    <message>
        <source>Xin mời công dân lấy số thứ tự tại ki-ốt và chờ gọi số.</source>
        <translation>Please take a ticket at the kiosk and wait for your number.</translation>
    </message>
    <message>
        <source>QUẦY {n}</source>
        <translation>DESK {n}</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Thứ Hai</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Thứ Ba</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Thứ Tư</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thứ Năm</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Thứ Sáu</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Thứ Bảy</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Chủ Nhật</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>người chờ</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>Xin hỏi cán bộ tại quầy về giờ phát số.</source>
        <translation>Please ask at the desk when tickets are given out.</translation>
    </message>
    <message>
        <source>Mời ông/bà quay lại lúc {hour} hôm nay.</source>
        <translation>Please come back at {hour} today.</translation>
    </message>
    <message>
        <source>Mời ông/bà quay lại lúc {hour} ngày mai, {weekday} {date}.</source>
        <translation>Please come back at {hour} tomorrow, {weekday} {date}.</translation>
    </message>
    <message>
        <source>Mời ông/bà quay lại lúc {hour}, {weekday} {date}.</source>
        <translation>Please come back at {hour} on {weekday} {date}.</translation>
    </message>
    <message>
        <source>Đang chuẩn bị…</source>
        <translation>Getting ready…</translation>
    </message>
    <message>
        <source>Hiện ngoài giờ làm việc, máy chưa phát số thứ tự.</source>
        <translation>Outside opening hours: no tickets right now.</translation>
    </message>
    <message>
        <source>Ông/bà vẫn có thể xem hướng dẫn sử dụng ứng dụng và đánh giá.</source>
        <translation>You can still read the app guides or give a rating.</translation>
    </message>
    <message>
        <source>Ưu tiên – chạm vào nhóm của ông/bà:</source>
        <translation>Priority – tap your group:</translation>
    </message>
    <message>
        <source>Hướng dẫn sử dụng ứng dụng</source>
        <translation>App guides</translation>
    </message>
    <message>
        <source>Đánh giá</source>
        <translation>Rate us</translation>
    </message>
    <message>
        <source>Giờ làm việc: {hours}</source>
        <translation>Opening hours: {hours}</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <source>Thứ Hai</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Thứ Ba</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Thứ Tư</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thứ Năm</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Thứ Sáu</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Thứ Bảy</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Chủ nhật</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>Giờ làm việc</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Mỗi ngày hai buổi; nghỉ trưa là khoảng giữa hai buổi. Ngoài giờ này ki-ốt không phát số.</source>
        <translation>Two sessions a day; the lunch break is the gap between them. Outside these hours the kiosk gives no tickets.</translation>
    </message>
    <message>
        <source>Buổi sáng: từ – đến</source>
        <translation>Morning: from – to</translation>
    </message>
    <message>
        <source>Buổi chiều: từ – đến</source>
        <translation>Afternoon: from – to</translation>
    </message>
    <message>
        <source>Làm việc</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Nghỉ</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>nghỉ</source>
        <translation>closed</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Ứng dụng</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Kỹ năng số</source>
        <translation>Digital skill</translation>
    </message>
    <message>
        <source>Bỏ mục này</source>
        <translation>Remove this item</translation>
    </message>
    <message>
        <source>Đã xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Chưa xong</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>Cổng nộp</source>
        <translation>Submitted via</translation>
    </message>
    <message>
        <source>Đã nộp</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Chưa nộp được</source>
        <translation>Not submitted</translation>
    </message>
    <message>
        <source>Mã hồ sơ (nếu có)</source>
        <translation>Dossier code (if any)</translation>
    </message>
    <message>
        <source>Ví dụ 000.00.23.H19-241124-0001</source>
        <translation>For example 000.00.23.H19-241124-0001</translation>
    </message>
    <message>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <source>Đã nộp phí trực tuyến</source>
        <translation>Fee paid online</translation>
    </message>
    <message>
        <source>Đăng nhập bằng VNeID</source>
        <translation>Logged in with VNeID</translation>
    </message>
    <message>
        <source>— Lý do chưa làm được —</source>
        <translation>— Why it was not done —</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>ItemPicker</name>
    <message>
        <source>Tìm thủ tục, ứng dụng, kỹ năng: &apos;khai sinh&apos;, &apos;vneid&apos;, &apos;1.001193&apos; (F2)</source>
        <translation>Search procedures, apps, skills: &apos;khai sinh&apos;, &apos;vneid&apos;, &apos;1.001193&apos; (F2)</translation>
    </message>
    <message>
        <source>☆ Ưa dùng</source>
        <translation>☆ Pin</translation>
    </message>
    <message>
        <source>Ghim mục đang chọn lên đầu danh sách (Ctrl+D)</source>
        <translation>Pin the chosen item to the top of the list (Ctrl+D)</translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation>Procedures</translation>
    </message>
    <message>
        <source>Ứng dụng</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Kỹ năng</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Không tìm thấy; thử gõ ít chữ hơn hoặc mã thủ tục.</source>
        <translation>Nothing found; type fewer letters or a procedure code.</translation>
    </message>
    <message>
        <source>★ Bỏ ghim</source>
        <translation>★ Unpin</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Ki-ốt công dân</source>
        <translation>Citizen kiosk</translation>
    </message>
    <message>
        <source>Lấy số thứ tự, hướng dẫn sử dụng ứng dụng, đánh giá</source>
        <translation>Queue tickets, app guides, ratings</translation>
    </message>
    <message>
        <source>Ki-ốt hỗ trợ số</source>
        <translation>Digital support kiosk</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Bàn hỗ trợ – đăng nhập</source>
        <translation>Help desk – log in</translation>
    </message>
    <message>
        <source>Chọn tên của anh/chị:</source>
        <translation>Choose your name:</translation>
    </message>
    <message>
        <source>Chưa có tài khoản nào: dùng lệnh  kiosk staff add  để thêm.</source>
        <translation>No accounts yet: add one with  kiosk staff add .</translation>
    </message>
</context>
<context>
    <name>PagedGrid</name>
    <message>
        <source>Trang trước</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Trang sau</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Trang {n}/{total}</source>
        <translation>Page {n}/{total}</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Đăng nhập quản trị</source>
        <translation>Admin login</translation>
    </message>
    <message>
        <source>Khu vực quản trị: cần tài khoản quản trị và mã PIN.</source>
        <translation>Admin area: needs an admin account and its PIN.</translation>
    </message>
    <message>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Chưa có tài khoản quản trị. Tạo bằng lệnh: kiosk staff add &quot;Họ tên&quot; --role admin</source>
        <translation>No admin account yet. Create one with: kiosk staff add &quot;Full Name&quot; --role admin</translation>
    </message>
</context>
<context>
    <name>PinEntry</name>
    <message>
        <source>Mã PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>← Chọn tên khác</source>
        <translation>← Another name</translation>
    </message>
    <message>
        <source>Xoá</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Vào</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>{name} – nhập mã PIN</source>
        <translation>{name} – enter your PIN</translation>
    </message>
    <message>
        <source>Đang kiểm tra…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>PointPage</name>
    <message>
        <source>Bộ phận một cửa của xã</source>
        <translation>The commune&apos;s one-stop desk</translation>
    </message>
    <message>
        <source>Lấy số, gọi số ở các quầy, màn hình phòng chờ</source>
        <translation>Tickets, calls at the counters, waiting room display</translation>
    </message>
    <message>
        <source>Điểm hỗ trợ tại nhà văn hóa thôn</source>
        <translation>Support point at a village cultural house</translation>
    </message>
    <message>
        <source>Máy đặt ở một thôn, mang số liệu về xã</source>
        <translation>A PC in a village; its figures go to the commune</translation>
    </message>
    <message>
        <source>Tổ hỗ trợ lưu động</source>
        <translation>Mobile support team</translation>
    </message>
    <message>
        <source>Máy xách tay đi theo tổ đến các thôn</source>
        <translation>A laptop that travels with the team to the villages</translation>
    </message>
    <message>
        <source>Máy này đặt ở đâu?</source>
        <translation>Where is this PC?</translation>
    </message>
    <message>
        <source>Chọn một. Mỗi nơi có mã riêng (không dấu), dùng khi mang số liệu từ thôn về xã.</source>
        <translation>Choose one. Each place has its own code (no accents), used when figures travel from a village to the commune.</translation>
    </message>
    <message>
        <source>Nơi đặt máy</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Thôn của điểm này</source>
        <translation>This point&apos;s village</translation>
    </message>
    <message>
        <source>Mã điểm</source>
        <translation>Point code</translation>
    </message>
    <message>
        <source>Tệp kiosk.toml của máy ghi mã điểm {machine}: để máy phát số cho điểm {code}, sửa thành point_code = &quot;{code}&quot; rồi mở lại chương trình.</source>
        <translation>This PC&apos;s kiosk.toml names point code {machine}: to give tickets for point {code}, change it to point_code = &quot;{code}&quot; and start the program again.</translation>
    </message>
    <message>
        <source>Khi cài đặt xong, máy này sẽ phát số cho điểm {code}.</source>
        <translation>Once set up, this PC gives tickets for point {code}.</translation>
    </message>
    <message>
        <source>Máy này: {name}{where} (mã {code})</source>
        <translation>This PC: {name}{where} (code {code})</translation>
    </message>
</context>
<context>
    <name>PrintJobsPanel</name>
    <message>
        <source>Chưa in được</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <source>Đang chờ in</source>
        <translation>Waiting to print</translation>
    </message>
    <message>
        <source>Bị kẹt khi in</source>
        <translation>Stuck while printing</translation>
    </message>
    <message>
        <source>Chưa xác nhận</source>
        <translation>Not confirmed</translation>
    </message>
    <message>
        <source>Đã gửi tới máy in nhưng máy in chưa báo đã ra giấy; xin xem máy in.</source>
        <translation>Sent to the printer, but the printer has not reported the page out; check the printer.</translation>
    </message>
    <message>
        <source>Giờ</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Lệnh in</source>
        <translation>Print job</translation>
    </message>
    <message>
        <source>Máy in</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>In lại</source>
        <translation>Print again</translation>
    </message>
    <message>
        <source>Huỷ lệnh in</source>
        <translation>Cancel job</translation>
    </message>
    <message>
        <source>Đã ra giấy</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Xem lại</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>{0} lệnh chưa in được, {1} lệnh đang chờ in, {2} lệnh chưa xác nhận ra giấy</source>
        <translation>{0} jobs not printed, {1} waiting, {2} not confirmed on paper</translation>
    </message>
    <message>
        <source>Không có lệnh in nào bị lỗi hay đang chờ.</source>
        <translation>No failed or waiting print jobs.</translation>
    </message>
    <message>
        <source>Đang gửi lại lệnh in…</source>
        <translation>Sending the job again…</translation>
    </message>
    <message>
        <source>Đã gửi lại tới máy in, chưa xác nhận ra giấy: {0}.</source>
        <translation>Sent to the printer again, not yet confirmed on paper: {0}.</translation>
    </message>
    <message>
        <source>Đã in lại: {0}.</source>
        <translation>Printed again: {0}.</translation>
    </message>
    <message>
        <source>Chưa in được; xin kiểm tra máy in.</source>
        <translation>Not printed; check the printer.</translation>
    </message>
    <message>
        <source>Đã xác nhận ra giấy: {0}.</source>
        <translation>Confirmed on paper: {0}.</translation>
    </message>
    <message>
        <source>Đã huỷ lệnh in: {0}.</source>
        <translation>Print job cancelled: {0}.</translation>
    </message>
</context>
<context>
    <name>PrintersPage</name>
    <message>
        <source>Không có máy in: chỉ hiện số trên màn hình</source>
        <translation>No printer: show the number on screen only</translation>
    </message>
    <message>
        <source>Không có máy in: lưu tờ in thành tệp PDF</source>
        <translation>No printer: save sheets as PDF files</translation>
    </message>
    <message>
        <source>Máy in</source>
        <translation>Printers</translation>
    </message>
    <message>
        <source>Chọn máy in của máy này cho phiếu số thứ tự (khổ 80 mm) và cho tờ A4, rồi chạm «In thử».</source>
        <translation>Choose this PC&apos;s printer for tickets (80 mm) and for A4 sheets, then tap «Print test».</translation>
    </message>
    <message>
        <source>Máy in phiếu số thứ tự</source>
        <translation>Ticket printer</translation>
    </message>
    <message>
        <source>Máy in tờ hướng dẫn, báo cáo (A4)</source>
        <translation>Guide and report printer (A4)</translation>
    </message>
    <message>
        <source>In thử</source>
        <translation>Print test</translation>
    </message>
    <message>
        <source>Đang tìm máy in…</source>
        <translation>Looking for printers…</translation>
    </message>
    <message>
        <source>Tìm thấy {n} máy in trên máy này.</source>
        <translation>Found {n} printers on this PC.</translation>
    </message>
    <message>
        <source>Không thấy máy in nào ở máy này; số thứ tự sẽ hiện trên màn hình, tờ in lưu thành tệp PDF.</source>
        <translation>No printer on this PC; ticket numbers show on screen and sheets are saved as PDF files.</translation>
    </message>
    <message>
        <source>Chưa chọn máy in nào: không có gì để in thử.</source>
        <translation>No printer chosen: nothing to test.</translation>
    </message>
    <message>
        <source>Đang in thử trên {name}…</source>
        <translation>Printing a test page on {name}…</translation>
    </message>
    <message>
        <source>Đã gửi trang in thử. Nếu trang in ra đọc rõ, máy in đã sẵn sàng.</source>
        <translation>Test page sent. If it prints clearly, the printer is ready.</translation>
    </message>
    <message>
        <source>Chưa in được trang thử.</source>
        <translation>The test page did not print.</translation>
    </message>
    <message>
        <source>Máy in phiếu: {name}</source>
        <translation>Ticket printer: {name}</translation>
    </message>
    <message>
        <source>Máy in A4: {name}</source>
        <translation>A4 printer: {name}</translation>
    </message>
</context>
<context>
    <name>PriorityPage</name>
    <message>
        <source>Chạm vào lĩnh vực cần làm để lấy số ưu tiên:</source>
        <translation>Tap the service you need for a priority ticket:</translation>
    </message>
    <message>
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Lấy số ưu tiên</source>
        <translation>Priority ticket</translation>
    </message>
    <message>
        <source>Ưu tiên: {group}</source>
        <translation>Priority: {group}</translation>
    </message>
</context>
<context>
    <name>QueueActions</name>
    <message>
        <source>Gọi số tiếp</source>
        <translation>Call next</translation>
    </message>
    <message>
        <source>Xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Gọi lại</source>
        <translation>Call again</translation>
    </message>
    <message>
        <source>Bỏ qua</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Tạm gác</source>
        <translation>Park</translation>
    </message>
    <message>
        <source>Gọi số đã gác</source>
        <translation>Call parked</translation>
    </message>
    <message>
        <source>Chuyển</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Ghi nhận</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>QueueLists</name>
    <message>
        <source>Công dân quay lại: xếp lại số</source>
        <translation>Citizen is back: requeue</translation>
    </message>
    <message>
        <source>Số vắng mặt được đưa lên đầu hàng chờ, một lần</source>
        <translation>A no-show ticket goes to the front of the queue, once</translation>
    </message>
    <message>
        <source>Đang chờ ({0})</source>
        <translation>Waiting ({0})</translation>
    </message>
    <message>
        <source>Đã gác ({0})</source>
        <translation>Parked ({0})</translation>
    </message>
    <message>
        <source>Vắng mặt ({0})</source>
        <translation>No-show ({0})</translation>
    </message>
    <message>
        <source>Chuyển đến quầy này</source>
        <translation>Transferred to this counter</translation>
    </message>
    <message>
        <source>{0} người chờ</source>
        <translation>{0} waiting</translation>
    </message>
    <message>
        <source>↩ quay lại</source>
        <translation>↩ returned</translation>
    </message>
    <message>
        <source>chờ {0} phút</source>
        <translation>waiting {0} min</translation>
    </message>
    <message>
        <source>quầy {0}</source>
        <translation>counter {0}</translation>
    </message>
    <message>
        <source>gọi lúc {0}</source>
        <translation>called at {0}</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Máy in</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Đổi quầy</source>
        <translation>Change counter</translation>
    </message>
    <message>
        <source>Không có quầy số {0}; hãy chọn quầy.</source>
        <translation>There is no counter {0}; choose a counter.</translation>
    </message>
    <message>
        <source>Tạm dừng quầy</source>
        <translation>Pause counter</translation>
    </message>
    <message>
        <source>Mở quầy</source>
        <translation>Open counter</translation>
    </message>
    <message>
        <source>Quầy {0}</source>
        <translation>Counter {0}</translation>
    </message>
    <message>
        <source>Chờ {0} · Gác {1} · Vắng {2}</source>
        <translation>Waiting {0} · Parked {1} · No-show {2}</translation>
    </message>
    <message>
        <source>Đã gọi lại số {0}.</source>
        <translation>Called {0} again.</translation>
    </message>
    <message>
        <source>Số {0} vắng mặt: đã để sang “Vắng mặt”.</source>
        <translation>Ticket {0} did not come: moved to “No-show”.</translation>
    </message>
    <message>
        <source>Số {0} tạm gác chờ bổ sung giấy tờ.</source>
        <translation>Ticket {0} parked while papers are completed.</translation>
    </message>
    <message>
        <source>Số {0} đã được xếp lên đầu hàng chờ.</source>
        <translation>Ticket {0} is at the front of the queue.</translation>
    </message>
    <message>
        <source>Không còn ai chờ ở các lĩnh vực của quầy này.</source>
        <translation>Nobody is waiting for this counter&apos;s services.</translation>
    </message>
    <message>
        <source>Đã gọi lại số đã gác {0}.</source>
        <translation>Called parked ticket {0}.</translation>
    </message>
    <message>
        <source>Đã mời số {0} đến quầy {1}.</source>
        <translation>Called {0} to counter {1}.</translation>
    </message>
    <message>
        <source>Số {0} đã xong.</source>
        <translation>Ticket {0} done.</translation>
    </message>
    <message>
        <source>Quầy {0}: {1}.</source>
        <translation>Counter {0}: {1}.</translation>
    </message>
    <message>
        <source>lĩnh vực {0}</source>
        <translation>service {0}</translation>
    </message>
    <message>
        <source>quầy {0}</source>
        <translation>counter {0}</translation>
    </message>
    <message>
        <source>Đã chuyển số {0} sang {1}.</source>
        <translation>Transferred {0} to {1}.</translation>
    </message>
    <message>
        <source>{0} lệnh in lỗi</source>
        <translation>{0} failed print jobs</translation>
    </message>
    <message>
        <source>{0} lệnh đang chờ</source>
        <translation>{0} jobs waiting</translation>
    </message>
    <message>
        <source>⚠ Máy in: {0} — xem ({1})</source>
        <translation>⚠ Printer: {0} — view ({1})</translation>
    </message>
</context>
<context>
    <name>RatingPage</name>
    <message>
        <source>Đánh giá sự hài lòng</source>
        <translation>How satisfied were you?</translation>
    </message>
    <message>
        <source>Nhập số thứ tự in trên phiếu của ông/bà (ví dụ A012), hoặc đưa mã QR trên phiếu vào máy quét.</source>
        <translation>Type the number printed on your ticket (for example A012), or hold the ticket&apos;s QR code to the scanner.</translation>
    </message>
    <message>
        <source>Số thứ tự</source>
        <translation>Ticket number</translation>
    </message>
    <message>
        <source>Tiếp tục</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Xoá</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Xin nhập số thứ tự in trên phiếu, ví dụ A012.</source>
        <translation>Please type the number on your ticket, for example A012.</translation>
    </message>
    <message>
        <source>Số {code} chưa được phục vụ nên chưa thể đánh giá.</source>
        <translation>Ticket {code} has not been served yet, so it cannot be rated.</translation>
    </message>
    <message>
        <source>Số {code} – {service}. Ông/bà hài lòng thế nào với việc phục vụ hôm nay?</source>
        <translation>Ticket {code} – {service}. How satisfied are you with the service today?</translation>
    </message>
    <message>
        <source>Nhập lại số</source>
        <translation>Type again</translation>
    </message>
    <message>
        <source>Về trang chủ</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Cảm ơn ông/bà! Đã ghi nhận đánh giá “{level}” cho số {code}.</source>
        <translation>Thank you! Rating “{level}” saved for ticket {code}.</translation>
    </message>
</context>
<context>
    <name>RecentCalls</name>
    <message>
        <source>VỪA GỌI</source>
        <translation>JUST CALLED</translation>
    </message>
    <message>
        <source>→ Quầy {n}</source>
        <translation>→ Desk {n}</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Dưới 18</source>
        <translation>Under 18</translation>
    </message>
    <message>
        <source>18–59</source>
        <translation>18–59</translation>
    </message>
    <message>
        <source>Từ 60</source>
        <translation>60+</translation>
    </message>
    <message>
        <source>Việc đã hỗ trợ</source>
        <translation>Help given</translation>
    </message>
    <message>
        <source>Chưa chọn việc nào: gõ vào ô tìm ở trên rồi nhấn Enter.</source>
        <translation>Nothing chosen yet: type in the search box above and press Enter.</translation>
    </message>
    <message>
        <source>Người được hỗ trợ</source>
        <translation>Person helped</translation>
    </message>
    <message>
        <source>Nơi hỗ trợ</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Số thứ tự (nếu có)</source>
        <translation>Ticket (if any)</translation>
    </message>
    <message>
        <source>Số thứ tự</source>
        <translation>Ticket number</translation>
    </message>
    <message>
        <source>Nơi</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Độ tuổi</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Thôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Người hỗ trợ</source>
        <translation>Helper</translation>
    </message>
    <message>
        <source>Người dân đồng ý lưu họ tên, số điện thoại để nhắc hẹn</source>
        <translation>Person agrees to store name and phone for reminders</translation>
    </message>
    <message>
        <source>Họ tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Họ tên người dân</source>
        <translation>Person&apos;s name</translation>
    </message>
    <message>
        <source>Số điện thoại</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Hẹn lại</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Ngày hẹn</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Lý do hẹn</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Ghi chú (không ghi số CCCD, mật khẩu, mã OTP)</source>
        <translation>Notes (no ID card numbers, passwords or OTP codes)</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Lưu  (Ctrl+Enter)</source>
        <translation>Save  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Làm mới</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Xoá biểu mẫu, giữ nơi, thôn và người hỗ trợ (Ctrl+N)</source>
        <translation>Clear the form, keep place, village and helper (Ctrl+N)</translation>
    </message>
    <message>
        <source>F2 tìm · ↑↓ Enter chọn · Alt+1/2/3 tuổi · Ctrl+Enter lưu · Ctrl+N mới</source>
        <translation>F2 search · ↑↓ Enter choose · Alt+1/2/3 age · Ctrl+Enter save · Ctrl+N new</translation>
    </message>
    <message>
        <source>— Ngoài xã / không rõ —</source>
        <translation>— Outside the commune / unknown —</translation>
    </message>
    <message>
        <source>Xoá thông tin đã lưu ({0})</source>
        <translation>Delete stored details ({0})</translation>
    </message>
    <message>
        <source>Lưu thay đổi  (Ctrl+Enter)</source>
        <translation>Save changes  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Thôi sửa</source>
        <translation>Stop editing</translation>
    </message>
    <message>
        <source>Đang sửa lượt hỗ trợ số {0}.</source>
        <translation>Editing record {0}.</translation>
    </message>
    <message>
        <source>Đã lưu thay đổi lượt số {0}.</source>
        <translation>Saved changes to record {0}.</translation>
    </message>
    <message>
        <source>Đã lưu lượt hỗ trợ số {0}: {1}.</source>
        <translation>Saved record {0}: {1}.</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <source>Máy này không có micrô.</source>
        <translation>This PC has no microphone.</translation>
    </message>
    <message>
        <source>Không mở được micrô; xin kiểm tra micrô đã cắm và được phép dùng.</source>
        <translation>Cannot open the microphone; check it is plugged in and allowed.</translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tải lại</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Giờ</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Nơi</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Việc đã hỗ trợ</source>
        <translation>Help given</translation>
    </message>
    <message>
        <source>Thôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Tuổi</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Người hỗ trợ</source>
        <translation>Helper</translation>
    </message>
    <message>
        <source>Liên hệ</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Lý do huỷ (bắt buộc)</source>
        <translation>Reason for cancelling (required)</translation>
    </message>
    <message>
        <source>Huỷ bản ghi</source>
        <translation>Cancel record</translation>
    </message>
    <message>
        <source>Người dân rút đồng ý</source>
        <translation>Person withdraws consent</translation>
    </message>
    <message>
        <source>Xoá ngay họ tên và số điện thoại đã lưu</source>
        <translation>Delete the stored name and phone number now</translation>
    </message>
    <message>
        <source>Đã huỷ: </source>
        <translation>Cancelled: </translation>
    </message>
    <message>
        <source>Hẹn </source>
        <translation>Follow-up </translation>
    </message>
    <message>
        <source>Đã xong hẹn</source>
        <translation>Follow-up done</translation>
    </message>
    <message>
        <source>{0} lượt hỗ trợ</source>
        <translation>{0} records</translation>
    </message>
    <message>
        <source>Đã huỷ lượt số {0}; bản ghi vẫn được giữ trong nhật ký.</source>
        <translation>Record {0} cancelled; it stays in the log.</translation>
    </message>
    <message>
        <source>Đã xoá họ tên và số điện thoại theo yêu cầu của người dân.</source>
        <translation>Name and phone number deleted at the person&apos;s request.</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Giữ họ tên, số điện thoại bao lâu?</source>
        <translation>How long to keep names and phone numbers?</translation>
    </message>
    <message>
        <source>Họ tên và số điện thoại (để hẹn gọi lại) tự xoá sau số ngày này; số liệu thống kê vẫn giữ, không kèm tên.</source>
        <translation>Names and phone numbers (for follow-up calls) are deleted after this many days; the figures stay, without names.</translation>
    </message>
    <message>
        <source>{n} ngày</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>Số ngày khác, từ 1 đến 3650</source>
        <translation>Another number of days, 1 to 3650</translation>
    </message>
    <message>
        <source>Số ngày</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Họ tên, số điện thoại tự xoá sau {n} ngày</source>
        <translation>Names and phone numbers deleted after {n} days</translation>
    </message>
</context>
<context>
    <name>RolePicker</name>
    <message>
        <source>Ki-ốt hỗ trợ số – chọn màn hình</source>
        <translation>Digital support kiosk – choose a screen</translation>
    </message>
    <message>
        <source>Ki-ốt hỗ trợ số</source>
        <translation>Digital support kiosk</translation>
    </message>
    <message>
        <source>Chọn màn hình cần mở trên máy này:</source>
        <translation>Choose the screen to open on this PC:</translation>
    </message>
    <message>
        <source>Chưa có màn hình nào trong bản cài đặt này.</source>
        <translation>This installation has no screens.</translation>
    </message>
</context>
<context>
    <name>SampleBand</name>
    <message>
        <source>DỮ LIỆU MẪU – không phải số liệu thật của xã</source>
        <translation>SAMPLE DATA – not the commune&apos;s real figures</translation>
    </message>
    <message>
        <source>Thoát dùng thử, về cài đặt thật</source>
        <translation>Leave the try-out, set up for real</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <source>Bảng chữ chạy</source>
        <translation>Ticker</translation>
    </message>
    <message>
        <source>Lưu các thay đổi</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Bỏ thay đổi</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Sửa ở thẻ “{0}”.</source>
        <translation>Edit it in the “{0}” tab.</translation>
    </message>
    <message>
        <source>Đang tìm địa chỉ của máy này trong mạng…</source>
        <translation>Looking for this PC&apos;s network addresses…</translation>
    </message>
    <message>
        <source>Máy này trong mạng nội bộ: {0}</source>
        <translation>This PC on the office network: {0}</translation>
    </message>
    <message>
        <source>Máy này chưa nối mạng nội bộ (không có địa chỉ nào).</source>
        <translation>This PC is not on a local network (no address).</translation>
    </message>
    <message>
        <source>từ {lo} đến {hi}</source>
        <translation>from {lo} to {hi}</translation>
    </message>
    <message>
        <source>từ {lo} trở lên</source>
        <translation>{lo} or more</translation>
    </message>
    <message>
        <source>Không có gì thay đổi.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <source>Đã lưu {0} mục; {1} mục chưa hợp lệ (xem dòng chữ đỏ).</source>
        <translation>Saved {0} settings; {1} not valid (see the red lines).</translation>
    </message>
    <message>
        <source>Đã lưu {0} mục.</source>
        <translation>Saved {0} settings.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Cài đặt lần đầu – Ki-ốt hỗ trợ số</source>
        <translation>First setup – Digital support kiosk</translation>
    </message>
    <message>
        <source>‹ Quay lại</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Tiếp theo ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <source>Bước {n}/{total} · Cài đặt lần đầu</source>
        <translation>Step {n}/{total} · First setup</translation>
    </message>
    <message>
        <source>Hoàn tất</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Đang lưu…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <source>Họ tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Thêm người mới</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <source>4–8 chữ số</source>
        <translation>4–8 digits</translation>
    </message>
    <message>
        <source>Mã PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Người mới cần mã PIN. Với người đã có, gõ mã mới rồi bấm “Đặt lại mã PIN”.</source>
        <translation>A new person needs a PIN. For an existing one, type a new PIN and press “Reset PIN”.</translation>
    </message>
    <message>
        <source>Thêm mới</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Đặt lại mã PIN</source>
        <translation>Reset PIN</translation>
    </message>
    <message>
        <source>Ngừng tài khoản</source>
        <translation>Stop account</translation>
    </message>
    <message>
        <source>Đang làm</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Đã ngừng</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Sửa: {0}</source>
        <translation>Edit: {0}</translation>
    </message>
    <message>
        <source>Mở lại tài khoản</source>
        <translation>Reopen account</translation>
    </message>
    <message>
        <source>Đã thêm tài khoản.</source>
        <translation>Account added.</translation>
    </message>
    <message>
        <source>Đã lưu.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Đã đặt mã PIN mới.</source>
        <translation>New PIN set.</translation>
    </message>
    <message>
        <source>Đã ngừng tài khoản; lịch sử vẫn được giữ.</source>
        <translation>Account stopped; its history is kept.</translation>
    </message>
    <message>
        <source>Đã mở lại tài khoản.</source>
        <translation>Account reopened.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Xem lại và hoàn tất</source>
        <translation>Review and finish</translation>
    </message>
    <message>
        <source>Chưa có gì được lưu. Chạm «Hoàn tất» để lưu tất cả một lần; cần sửa thì chạm «Quay lại».</source>
        <translation>Nothing is saved yet. Tap «Finish» to save everything at once; to change something tap «Back».</translation>
    </message>
</context>
<context>
    <name>TallyDashboard</name>
    <message>
        <source>Thứ Hai</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Thứ Ba</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Thứ Tư</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thứ Năm</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Thứ Sáu</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Thứ Bảy</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Chủ Nhật</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>Tổng hợp số liệu</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Tất cả các điểm</source>
        <translation>All points</translation>
    </message>
    <message>
        <source>Theo ngày</source>
        <translation>By day</translation>
    </message>
    <message>
        <source>Theo tháng</source>
        <translation>By month</translation>
    </message>
    <message>
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Xuất PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>Xuất Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <source>Xuất CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>Số đã phát</source>
        <translation>Tickets issued</translation>
    </message>
    <message>
        <source>Đã phục vụ</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>Chờ trung bình</source>
        <translation>Average wait</translation>
    </message>
    <message>
        <source>Lượt hỗ trợ</source>
        <translation>Help records</translation>
    </message>
    <message>
        <source>Nộp trực tuyến</source>
        <translation>Submitted online</translation>
    </message>
    <message>
        <source>VNeID mức 2</source>
        <translation>VNeID level 2</translation>
    </message>
    <message>
        <source>Hài lòng</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Hàng chờ dài nhất</source>
        <translation>Longest queue</translation>
    </message>
    <message>
        <source>Số liệu chính thức (nhập tay)</source>
        <translation>Official figures (typed in)</translation>
    </message>
    <message>
        <source>Do cán bộ nhập kèm nguồn và ngày; không phải số liệu hỗ trợ tại điểm.</source>
        <translation>Typed in by staff with source and date; not counted at the support points.</translation>
    </message>
    <message>
        <source>Đang tính số liệu…</source>
        <translation>Computing figures…</translation>
    </message>
    <message>
        <source>Số liệu hỗ trợ tại điểm · {point} · cập nhật {time}</source>
        <translation>Counted at the support points · {point} · updated {time}</translation>
    </message>
    <message>
        <source>tất cả các điểm</source>
        <translation>all points</translation>
    </message>
    <message>
        <source>Hôm nay – {day}</source>
        <translation>Today – {day}</translation>
    </message>
    <message>
        <source>Tháng {month}</source>
        <translation>Month {month}</translation>
    </message>
    <message>
        <source>Từ {start} đến {end}</source>
        <translation>From {start} to {end}</translation>
    </message>
    <message>
        <source>{n} phút</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>đang chờ: {n}</source>
        <translation>waiting: {n}</translation>
    </message>
    <message>
        <source>vắng mặt: {n}</source>
        <translation>no-show: {n}</translation>
    </message>
    <message>
        <source>90% chờ dưới {n} phút</source>
        <translation>90% wait under {n} min</translation>
    </message>
    <message>
        <source>từ 60 tuổi: {n}</source>
        <translation>aged 60+: {n}</translation>
    </message>
    <message>
        <source>{parts} hồ sơ đã nộp</source>
        <translation>{parts} dossiers submitted</translation>
    </message>
    <message>
        <source>mức 1: {n}</source>
        <translation>level 1: {n}</translation>
    </message>
    <message>
        <source>{parts} lượt đánh giá</source>
        <translation>{parts} ratings</translation>
    </message>
    <message>
        <source>lúc {time}</source>
        <translation>at {time}</translation>
    </message>
    <message>
        <source>Số người đến theo giờ</source>
        <translation>Arrivals by hour</translation>
    </message>
    <message>
        <source>Thời gian chờ (phút)</source>
        <translation>Waiting time (min)</translation>
    </message>
    <message>
        <source>Trực tuyến</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Trực tiếp</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Bưu chính</source>
        <translation>By post</translation>
    </message>
    <message>
        <source>Chưa nộp được</source>
        <translation>Not submitted</translation>
    </message>
    <message>
        <source>Kết quả hỗ trợ thủ tục</source>
        <translation>Procedure outcomes</translation>
    </message>
    <message>
        <source>{title}: chưa có</source>
        <translation>{title}: none yet</translation>
    </message>
    <message>
        <source>Theo thôn</source>
        <translation>By village</translation>
    </message>
    <message>
        <source>Theo thành viên</source>
        <translation>By member</translation>
    </message>
    <message>
        <source>Ngày trực</source>
        <translation>Duty days</translation>
    </message>
    <message>
        <source>Chưa có số liệu chính thức cho kỳ này.
Nhập ở thẻ “Số liệu chính thức” của màn hình quản trị.</source>
        <translation>No official figures for this period.
Enter them in the admin screen&apos;s “Official figures” tab.</translation>
    </message>
    <message>
        <source>{name}: {value}
    nguồn: {source}, ngày {day}</source>
        <translation>{name}: {value}
    source: {source}, date {day}</translation>
    </message>
    <message>
        <source>Chọn thư mục lưu báo cáo</source>
        <translation>Choose a folder for the report</translation>
    </message>
    <message>
        <source>Đang xuất {fmt}…</source>
        <translation>Exporting {fmt}…</translation>
    </message>
    <message>
        <source>Đã lưu {name}</source>
        <translation>Saved {name}</translation>
    </message>
</context>
<context>
    <name>TickerTab</name>
    <message>
        <source>Thông báo</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Ví dụ: Thứ Bảy 5/12 tiếp dân cả ngày</source>
        <translation>For example: Saturday 5/12 open all day</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Hiện</source>
        <translation>Shown</translation>
    </message>
    <message>
        <source>Không đánh dấu ngày: thông báo hiện mãi đến khi xoá.</source>
        <translation>No dates ticked: the notice shows until deleted.</translation>
    </message>
    <message>
        <source>Thông báo mới</source>
        <translation>New notice</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Xoá</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Đang hiện</source>
        <translation>Showing</translation>
    </message>
    <message>
        <source>Sửa thông báo</source>
        <translation>Edit notice</translation>
    </message>
    <message>
        <source>Đã lưu thông báo.</source>
        <translation>Notice saved.</translation>
    </message>
    <message>
        <source>Đã xoá thông báo.</source>
        <translation>Notice deleted.</translation>
    </message>
</context>
<context>
    <name>TicketCard</name>
    <message>
        <source>Số đang phục vụ</source>
        <translation>Now serving</translation>
    </message>
    <message>
        <source>Chưa có ai ở quầy.</source>
        <translation>Nobody at the counter.</translation>
    </message>
    <message>
        <source>Bấm “Gọi số tiếp” (F10) để mời người kế tiếp.</source>
        <translation>Press “Call next” (F10) to call the next person.</translation>
    </message>
    <message>
        <source>Phục vụ {0}</source>
        <translation>Serving {0}</translation>
    </message>
    <message>
        <source>Đã chờ {0} phút
Đang phục vụ {1}</source>
        <translation>Waited {0} min
Serving for {1}</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>Số thứ tự của ông/bà</source>
        <translation>Your ticket number</translation>
    </message>
    <message>
        <source>Mã phiếu – không chứa thông tin cá nhân</source>
        <translation>Ticket code – no personal data</translation>
    </message>
    <message>
        <source>Xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Phiếu số thứ tự</source>
        <translation>Queue ticket</translation>
    </message>
    <message>
        <source>Ưu tiên: {group}</source>
        <translation>Priority: {group}</translation>
    </message>
    <message>
        <source>Khi được gọi, mời đến quầy số {n}.</source>
        <translation>When called, go to desk {n}.</translation>
    </message>
    <message>
        <source>Khi được gọi, mời đến quầy số {listed} hoặc {last}.</source>
        <translation>When called, go to desk {listed} or {last}.</translation>
    </message>
    <message>
        <source>Không có ai chờ trước ông/bà.</source>
        <translation>Nobody is ahead of you.</translation>
    </message>
    <message>
        <source>Trước ông/bà còn {n} người.</source>
        <translation>{n} people ahead of you.</translation>
    </message>
    <message>
        <source>Dự kiến chờ khoảng {m} phút.</source>
        <translation>Expected wait about {m} min.</translation>
    </message>
    <message>
        <source>Đang in phiếu…</source>
        <translation>Printing the ticket…</translation>
    </message>
    <message>
        <source>Đã in phiếu – xin nhận phiếu ở khe máy in.</source>
        <translation>Ticket printed – take it from the printer slot.</translation>
    </message>
    <message>
        <source>Máy in đang lỗi — xin ghi nhớ số {code} hoặc chụp ảnh màn hình này.</source>
        <translation>The printer has a problem — remember number {code} or take a photo of this screen.</translation>
    </message>
    <message>
        <source>Máy này không in phiếu giấy — xin ghi nhớ số {code} hoặc chụp ảnh màn hình này.</source>
        <translation>This machine prints no paper tickets — remember number {code} or take a photo of this screen.</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Trang chủ</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Hướng dẫn sử dụng ứng dụng</source>
        <translation>App guides</translation>
    </message>
    <message>
        <source>Đánh giá</source>
        <translation>Rate us</translation>
    </message>
    <message>
        <source>Aa  Chữ to</source>
        <translation>Aa  Large text</translation>
    </message>
    <message>
        <source>Aa  Chữ thường</source>
        <translation>Aa  Normal text</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Chuyển số {0}</source>
        <translation>Transfer {0}</translation>
    </message>
    <message>
        <source>Chuyển số {0} đến</source>
        <translation>Transfer {0} to</translation>
    </message>
    <message>
        <source>Giữ lĩnh vực {0}</source>
        <translation>Keep service {0}</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Quầy nào cũng được</source>
        <translation>Any counter</translation>
    </message>
    <message>
        <source>Quầy</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Chuyển</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Thôi</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Hãy chọn lĩnh vực hoặc quầy để chuyển số đến.</source>
        <translation>Choose a service or a counter to transfer to.</translation>
    </message>
</context>
<context>
    <name>VillagesPage</name>
    <message>
        <source>Các thôn của xã</source>
        <translation>The commune&apos;s villages</translation>
    </message>
    <message>
        <source>Dùng khi ghi lượt hỗ trợ (người dân ở thôn nào) và cho điểm hỗ trợ tại nhà văn hóa thôn.</source>
        <translation>Used when recording help (the person&apos;s village) and for support points at village cultural houses.</translation>
    </message>
    <message>
        <source>Ví dụ: Thôn Đông</source>
        <translation>For example: Thôn Đông</translation>
    </message>
    <message>
        <source>Thêm thôn</source>
        <translation>Add village</translation>
    </message>
    <message>
        <source>Thôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Bỏ</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Chưa có thôn</source>
        <translation>No villages yet</translation>
    </message>
    <message>
        <source>{n} thôn: {names}</source>
        <translation>{n} villages: {names}</translation>
    </message>
</context>
<context>
    <name>VillagesTab</name>
    <message>
        <source>Thứ tự</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Thôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ví dụ: Thôn Bắc Sơn</source>
        <translation>For example: Thôn Bắc Sơn</translation>
    </message>
    <message>
        <source>Tên thôn</source>
        <translation>Village name</translation>
    </message>
    <message>
        <source>Đang dùng</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Thêm thôn</source>
        <translation>Add village</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Ngừng</source>
        <translation>Stop using</translation>
    </message>
    <message>
        <source>Sửa: {0}</source>
        <translation>Edit: {0}</translation>
    </message>
    <message>
        <source>Đã lưu thôn.</source>
        <translation>Village saved.</translation>
    </message>
</context>
<context>
    <name>VoicePage</name>
    <message>
        <source>Giọng đọc gọi số</source>
        <translation>Voice for calls</translation>
    </message>
    <message>
        <source>Màn hình phòng chờ đọc to số được gọi. Chạm «Nghe thử» để nghe câu mời qua loa của máy này.</source>
        <translation>The waiting room display reads each call aloud. Tap «Listen» to hear the call sentence on this PC&apos;s loudspeaker.</translation>
    </message>
    <message>
        <source>Giọng đọc</source>
        <translation>Voice</translation>
    </message>
    <message>
        <source>Nghe thử</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Đọc số bằng giọng nói: Bật</source>
        <translation>Read calls aloud: On</translation>
    </message>
    <message>
        <source>Đọc số bằng giọng nói: Tắt (chỉ chuông)</source>
        <translation>Read calls aloud: Off (chime only)</translation>
    </message>
    <message>
        <source>Âm lượng: {n}%</source>
        <translation>Volume: {n}%</translation>
    </message>
    <message>
        <source>Đang đọc: «{text}»</source>
        <translation>Reading: «{text}»</translation>
    </message>
    <message>
        <source>Đang phát tiếng chuông (giọng đọc tắt).</source>
        <translation>Playing the chime (voice off).</translation>
    </message>
    <message>
        <source>Giọng đọc: bật, âm lượng {n}%</source>
        <translation>Voice: on, volume {n}%</translation>
    </message>
    <message>
        <source>Giọng đọc: tắt, âm lượng {n}%</source>
        <translation>Voice: off, volume {n}%</translation>
    </message>
</context>
<context>
    <name>VoiceTab</name>
    <message>
        <source>Giọng ghi âm → giọng Việt của Windows → giọng tổng hợp</source>
        <translation>Recorded voice → Windows&apos; Vietnamese voice → synthetic voice</translation>
    </message>
    <message>
        <source>Giọng ghi âm → giọng tổng hợp</source>
        <translation>Recorded voice → synthetic voice</translation>
    </message>
    <message>
        <source>Giọng Việt của Windows → giọng tổng hợp</source>
        <translation>Windows&apos; Vietnamese voice → synthetic voice</translation>
    </message>
    <message>
        <source>Chỉ giọng tổng hợp espeak-ng</source>
        <translation>espeak-ng synthetic voice only</translation>
    </message>
    <message>
        <source>Chỉ tiếng chuông</source>
        <translation>Chime only</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Lời cần đọc</source>
        <translation>Words to say</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Đoạn đang chọn</source>
        <translation>Chosen clip</translation>
    </message>
    <message>
        <source>Ghi âm</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Nghe lại</source>
        <translation>Play back</translation>
    </message>
    <message>
        <source>Cắt khoảng lặng</source>
        <translation>Trim silence</translation>
    </message>
    <message>
        <source>Xoá đoạn này</source>
        <translation>Delete this clip</translation>
    </message>
    <message>
        <source>Nhập và nghe thử</source>
        <translation>Import and try</translation>
    </message>
    <message>
        <source>Máy này không có micrô: ghi ở máy khác hoặc điện thoại, đặt tên tệp như cột Tệp, rồi nhập.</source>
        <translation>This PC has no microphone: record on another PC or a phone, name the files as in the File column, then import.</translation>
    </message>
    <message>
        <source>Nhập thư mục…</source>
        <translation>Import folder…</translation>
    </message>
    <message>
        <source>Nghe thử lượt gọi</source>
        <translation>Try a call</translation>
    </message>
    <message>
        <source>Số</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>quầy</source>
        <translation>counter</translation>
    </message>
    <message>
        <source>Cài đặt giọng đọc</source>
        <translation>Voice settings</translation>
    </message>
    <message>
        <source> từ/phút</source>
        <translation> words/min</translation>
    </message>
    <message>
        <source>mọi màn hình</source>
        <translation>every screen</translation>
    </message>
    <message>
        <source>Thứ tự giọng</source>
        <translation>Voice order</translation>
    </message>
    <message>
        <source>Giọng tổng hợp</source>
        <translation>Synthetic voice</translation>
    </message>
    <message>
        <source>Tốc độ đọc</source>
        <translation>Speed</translation>
    </message>
    <message>
        <source>Màn hình đọc số</source>
        <translation>Screen that reads calls</translation>
    </message>
    <message>
        <source>Lưu cài đặt</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>Đã có ({s} giây)</source>
        <translation>Recorded ({s} s)</translation>
    </message>
    <message>
        <source>Dùng chuông có sẵn</source>
        <translation>Built-in chime</translation>
    </message>
    <message>
        <source>Chưa có</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Đã đủ {n} đoạn: các lượt gọi đọc bằng giọng ghi âm của xã.</source>
        <translation>All {n} clips recorded: calls use the commune&apos;s recorded voice.</translation>
    </message>
    <message>
        <source>Đã ghi {have}/{n} đoạn. Khi đủ, các lượt gọi sẽ đọc bằng giọng của xã; trước đó dùng giọng tổng hợp.</source>
        <translation>{have}/{n} clips recorded. When all are there, calls use the commune&apos;s voice; until then the synthetic voice.</translation>
    </message>
    <message>
        <source>Đã ghi: {s} giây</source>
        <translation>Recorded: {s} s</translation>
    </message>
    <message>
        <source>Chưa ghi</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Dừng</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Ghi lại</source>
        <translation>Record again</translation>
    </message>
    <message>
        <source>Đang ghi… đọc rõ: &quot;{w}&quot;, rồi bấm Dừng.</source>
        <translation>Recording… say clearly: &quot;{w}&quot;, then press Stop.</translation>
    </message>
    <message>
        <source>Không nhận được tiếng nào từ micrô; xin thử lại.</source>
        <translation>No sound from the microphone; try again.</translation>
    </message>
    <message>
        <source>Đã lưu đoạn {name}. Bấm &apos;Nghe lại&apos; để kiểm tra, &apos;Cắt khoảng lặng&apos; để bỏ im lặng hai đầu.</source>
        <translation>Saved clip {name}. Press &apos;Play back&apos; to check it, &apos;Trim silence&apos; to cut the silence at both ends.</translation>
    </message>
    <message>
        <source>Đã cắt khoảng lặng của {name}: {a} giây → {b} giây.</source>
        <translation>Trimmed {name}: {a} s → {b} s.</translation>
    </message>
    <message>
        <source>Chọn thư mục có các tệp WAV</source>
        <translation>Choose the folder with the WAV files</translation>
    </message>
    <message>
        <source>Đã nhập {n} đoạn.</source>
        <translation>Imported {n} clips.</translation>
    </message>
    <message>
        <source>Đang chuẩn bị lượt gọi…</source>
        <translation>Preparing the call…</translation>
    </message>
    <message>
        <source>Nghe thử bằng: {v} ({s} giây).</source>
        <translation>Playing with: {v} ({s} s).</translation>
    </message>
    <message>
        <source>Không phát được: {r}.</source>
        <translation>Could not play: {r}.</translation>
    </message>
    <message>
        <source>Đã lưu cài đặt giọng đọc.</source>
        <translation>Voice settings saved.</translation>
    </message>
</context>
<context>
    <name>WaitingBoard</name>
    <message>
        <source>SỐ NGƯỜI ĐANG CHỜ</source>
        <translation>PEOPLE WAITING</translation>
    </message>
</context>
<context>
    <name>WavPlayer</name>
    <message>
        <source>không có loa nào (thiết bị phát âm thanh) trên máy này</source>
        <translation>no loudspeaker (sound output device) on this PC</translation>
    </message>
    <message>
        <source>không đọc được tệp âm thanh {name}: {reason}</source>
        <translation>cannot read sound file {name}: {reason}</translation>
    </message>
    <message>
        <source>loa báo lỗi ({error})</source>
        <translation>the loudspeaker reports an error ({error})</translation>
    </message>
</context>
<context>
    <name>_DeskRow</name>
    <message>
        <source>Tạm nghỉ</source>
        <translation>On break</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>names</name>
    <message>
        <source>Cán bộ một cửa</source>
        <translation>One-stop desk officer</translation>
    </message>
    <message>
        <source>Thành viên Tổ CNSCĐ</source>
        <translation>Community digital team</translation>
    </message>
    <message>
        <source>Quản trị</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Đang mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Tạm nghỉ</source>
        <translation>On break</translation>
    </message>
    <message>
        <source>Đã đóng</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Thứ Hai</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Thứ Ba</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Thứ Tư</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thứ Năm</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Thứ Sáu</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Thứ Bảy</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Chủ nhật</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>Đăng nhập</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Sai mã PIN</source>
        <translation>Wrong PIN</translation>
    </message>
    <message>
        <source>Khoá do sai PIN</source>
        <translation>Locked after wrong PINs</translation>
    </message>
    <message>
        <source>Không đủ quyền</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <source>Đăng xuất</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Khoá màn hình quản trị</source>
        <translation>Lock the admin screen</translation>
    </message>
    <message>
        <source>Thoát màn hình lấy số</source>
        <translation>Leave the ticket screen</translation>
    </message>
    <message>
        <source>Thêm tài khoản</source>
        <translation>Add account</translation>
    </message>
    <message>
        <source>Sửa tài khoản</source>
        <translation>Edit account</translation>
    </message>
    <message>
        <source>Ngừng tài khoản</source>
        <translation>Stop account</translation>
    </message>
    <message>
        <source>Mở lại tài khoản</source>
        <translation>Reopen account</translation>
    </message>
    <message>
        <source>Đặt lại mã PIN</source>
        <translation>Reset PIN</translation>
    </message>
    <message>
        <source>Thêm quầy</source>
        <translation>Add counter</translation>
    </message>
    <message>
        <source>Sửa quầy</source>
        <translation>Edit counter</translation>
    </message>
    <message>
        <source>Thêm lĩnh vực</source>
        <translation>Add service</translation>
    </message>
    <message>
        <source>Sửa lĩnh vực</source>
        <translation>Edit service</translation>
    </message>
    <message>
        <source>Thêm thôn</source>
        <translation>Add village</translation>
    </message>
    <message>
        <source>Sửa thôn</source>
        <translation>Edit village</translation>
    </message>
    <message>
        <source>Thêm thủ tục địa phương</source>
        <translation>Add local procedure</translation>
    </message>
    <message>
        <source>Ẩn thủ tục</source>
        <translation>Hide procedure</translation>
    </message>
    <message>
        <source>Hiện lại thủ tục</source>
        <translation>Show procedure again</translation>
    </message>
    <message>
        <source>Sửa từ tìm kiếm thủ tục</source>
        <translation>Edit procedure search words</translation>
    </message>
    <message>
        <source>Thêm việc trên ứng dụng</source>
        <translation>Add app task</translation>
    </message>
    <message>
        <source>Ẩn việc trên ứng dụng</source>
        <translation>Hide app task</translation>
    </message>
    <message>
        <source>Hiện lại việc trên ứng dụng</source>
        <translation>Show app task again</translation>
    </message>
    <message>
        <source>Sửa từ tìm kiếm việc</source>
        <translation>Edit task search words</translation>
    </message>
    <message>
        <source>Đổi cài đặt</source>
        <translation>Change setting</translation>
    </message>
    <message>
        <source>Nhập số liệu chính thức</source>
        <translation>Enter official figure</translation>
    </message>
    <message>
        <source>Xuất báo cáo</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>Xuất nhật ký</source>
        <translation>Export log</translation>
    </message>
    <message>
        <source>Sửa lượt hỗ trợ</source>
        <translation>Edit help record</translation>
    </message>
    <message>
        <source>Huỷ lượt hỗ trợ</source>
        <translation>Cancel help record</translation>
    </message>
    <message>
        <source>Xong việc hẹn lại</source>
        <translation>Follow-up done</translation>
    </message>
    <message>
        <source>Ghi ngày trực</source>
        <translation>Record duty day</translation>
    </message>
    <message>
        <source>Huỷ buổi sinh hoạt</source>
        <translation>Cancel group session</translation>
    </message>
    <message>
        <source>Xem thông tin cá nhân</source>
        <translation>View personal data</translation>
    </message>
    <message>
        <source>Xoá thông tin cá nhân hết hạn</source>
        <translation>Delete expired personal data</translation>
    </message>
    <message>
        <source>Rút lại đồng ý</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Việc trên ứng dụng</source>
        <translation>App task</translation>
    </message>
    <message>
        <source>Xếp hàng</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Màn hình lấy số</source>
        <translation>Ticket screen</translation>
    </message>
    <message>
        <source>Giọng đọc</source>
        <translation>Voice</translation>
    </message>
    <message>
        <source>Máy in</source>
        <translation>Printers</translation>
    </message>
    <message>
        <source>Kênh liên hệ của xã</source>
        <translation>Commune&apos;s contact channels</translation>
    </message>
    <message>
        <source>Màn hình phòng chờ</source>
        <translation>Waiting room display</translation>
    </message>
    <message>
        <source>Dữ liệu cá nhân</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Sao lưu</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Ngày trực</source>
        <translation>Duty days</translation>
    </message>
    <message>
        <source>Báo cáo gửi cấp trên</source>
        <translation>Reports sent upward</translation>
    </message>
    <message>
        <source>Trang trên mạng nội bộ</source>
        <translation>Office network page</translation>
    </message>
    <message>
        <source>Giao diện</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>miền Bắc</source>
        <translation>Northern</translation>
    </message>
    <message>
        <source>miền Trung</source>
        <translation>Central</translation>
    </message>
    <message>
        <source>miền Nam</source>
        <translation>Southern</translation>
    </message>
    <message>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Sau bấy nhiêu lượt ưu tiên liên tiếp, gọi một người thường</source>
        <translation>After this many priority calls in a row, call a regular ticket</translation>
    </message>
    <message>
        <source>Người thường chờ quá số phút này thì được gọi trước</source>
        <translation>A regular ticket waiting longer than this (minutes) is called first</translation>
    </message>
    <message>
        <source>Số lượt phục vụ gần nhất dùng để ước tính thời gian chờ</source>
        <translation>How many recent services the wait estimate uses</translation>
    </message>
    <message>
        <source>Ngoài giờ làm việc thì không phát số</source>
        <translation>No tickets outside opening hours</translation>
    </message>
    <message>
        <source>Giờ làm việc theo ngày trong tuần</source>
        <translation>Opening hours by weekday</translation>
    </message>
    <message>
        <source>Số giây không chạm thì màn hình về trang chủ</source>
        <translation>Seconds without a touch before the screen goes home</translation>
    </message>
    <message>
        <source>Số giây hiển thị số thứ tự sau khi phát</source>
        <translation>Seconds the ticket number stays on screen</translation>
    </message>
    <message>
        <source>Chữ rất lớn, tương phản cao</source>
        <translation>Very large text, high contrast</translation>
    </message>
    <message>
        <source>Ngôn ngữ các màn hình: vi (tiếng Việt) hoặc en (tiếng Anh); có hiệu lực khi mở lại chương trình</source>
        <translation>Language of the screens: vi (Vietnamese) or en (English); applies when the program starts again</translation>
    </message>
    <message>
        <source>Câu mời</source>
        <translation>Call sentence</translation>
    </message>
    <message>
        <source>Số lần đọc mỗi lượt gọi</source>
        <translation>Times each call is read</translation>
    </message>
    <message>
        <source>Bật giọng đọc</source>
        <translation>Voice on</translation>
    </message>
    <message>
        <source>Âm lượng (0–100)</source>
        <translation>Volume (0–100)</translation>
    </message>
    <message>
        <source>Thứ tự giọng đọc: clips (giọng ghi âm của xã), tts (giọng Việt của Windows), espeak (giọng tổng hợp đi kèm); cuối cùng luôn là chuông</source>
        <translation>Voice order: clips (the commune&apos;s recorded voice), tts (Windows&apos; Vietnamese voice), espeak (the bundled synthetic voice); the chime always comes last</translation>
    </message>
    <message>
        <source>Giọng espeak-ng: vi (miền Bắc), vi-vn-x-central (miền Trung), vi-vn-x-south (miền Nam)</source>
        <translation>espeak-ng voice: vi (Northern), vi-vn-x-central (Central), vi-vn-x-south (Southern)</translation>
    </message>
    <message>
        <source>Tốc độ đọc của espeak-ng (từ mỗi phút)</source>
        <translation>espeak-ng speed (words per minute)</translation>
    </message>
    <message>
        <source>Tên màn hình phòng chờ được đọc số (trống = mọi màn hình cùng đọc)</source>
        <translation>Name of the waiting room screen that reads calls (empty = every screen reads)</translation>
    </message>
    <message>
        <source>Máy in phiếu 80 mm (trống = lưu PDF)</source>
        <translation>80 mm ticket printer (empty = save PDF)</translation>
    </message>
    <message>
        <source>Máy in tờ hướng dẫn A4/A5 (trống = lưu PDF)</source>
        <translation>A4/A5 guide printer (empty = save PDF)</translation>
    </message>
    <message>
        <source>Khổ giấy 80 mm của trình điều khiển máy in phiếu, đúng tên như trong trình điều khiển (trống = tự chọn khổ rộng 80 mm mà máy in có)</source>
        <translation>The ticket printer driver&apos;s 80 mm paper size, named exactly as in the driver (empty = pick the printer&apos;s 80 mm wide size)</translation>
    </message>
    <message>
        <source>Tự in phiếu khi công dân lấy số</source>
        <translation>Print the ticket when a citizen takes a number</translation>
    </message>
    <message>
        <source>Số điện thoại hỗ trợ của xã</source>
        <translation>Commune&apos;s help phone number</translation>
    </message>
    <message>
        <source>Trang thông tin điện tử của xã</source>
        <translation>Commune&apos;s website</translation>
    </message>
    <message>
        <source>Đường dẫn Zalo OA của xã</source>
        <translation>Commune&apos;s Zalo OA link</translation>
    </message>
    <message>
        <source>Địa chỉ Cổng DVC của tỉnh</source>
        <translation>Province&apos;s public service portal address</translation>
    </message>
    <message>
        <source>Dòng chữ chạy trên màn hình phòng chờ</source>
        <translation>Scrolling line on the waiting room display</translation>
    </message>
    <message>
        <source>Thông báo có ngày bắt đầu, ngày kết thúc trên bảng chữ chạy (sửa ở thẻ Bảng chữ chạy)</source>
        <translation>Ticker notices with start and end dates (edit them in the Ticker tab)</translation>
    </message>
    <message>
        <source>Số ngày giữ họ tên, số điện thoại trước khi xoá</source>
        <translation>Days names and phone numbers are kept before deletion</translation>
    </message>
    <message>
        <source>Số ngày gần nhất giữ bản sao lưu mỗi ngày</source>
        <translation>Recent days that keep a daily backup</translation>
    </message>
    <message>
        <source>Số tháng gần nhất giữ một bản sao lưu mỗi tháng</source>
        <translation>Recent months that keep one monthly backup</translation>
    </message>
    <message>
        <source>Thư mục sao lưu thứ hai, ví dụ ổ USB (trống = chỉ trên máy này)</source>
        <translation>Second backup folder, e.g. a USB drive (empty = this PC only)</translation>
    </message>
    <message>
        <source>Bật trang web trong mạng nội bộ (điện thoại theo dõi số thứ tự)</source>
        <translation>Web page on the office network (phones follow their ticket)</translation>
    </message>
    <message>
        <source>Địa chỉ IP của máy này mà trang web lắng nghe (0.0.0.0 = mọi mạng của máy)</source>
        <translation>This PC&apos;s IP address the web page listens on (0.0.0.0 = all its networks)</translation>
    </message>
    <message>
        <source>Cổng của trang web</source>
        <translation>Web page port</translation>
    </message>
    <message>
        <source>Địa chỉ điện thoại mở được, in trong mã QR của phiếu, ví dụ http://192.168.1.10:8080 (trống = mã QR chỉ chứa mã phiếu)</source>
        <translation>Address phones can open, printed in the ticket&apos;s QR code, e.g. http://192.168.1.10:8080 (empty = the QR code holds only the ticket code)</translation>
    </message>
    <message>
        <source>Mức hỗ trợ mỗi ngày trực (đồng); 0 = không hiển thị</source>
        <translation>Allowance per duty day (VND); 0 = not shown</translation>
    </message>
    <message>
        <source>Số của báo cáo (trống = để trống, điền tay)</source>
        <translation>Report number (empty = left blank to fill by hand)</translation>
    </message>
    <message>
        <source>Ký hiệu của báo cáo, ví dụ BC-UBND</source>
        <translation>Report symbol, e.g. BC-UBND</translation>
    </message>
    <message>
        <source>Kính gửi (trống = dòng chấm để điền tay)</source>
        <translation>Addressee, &quot;Kính gửi&quot; (empty = dotted line to fill by hand)</translation>
    </message>
    <message>
        <source>Thẩm quyền ký, ví dụ TM. ỦY BAN NHÂN DÂN</source>
        <translation>Signing authority, e.g. TM. ỦY BAN NHÂN DÂN</translation>
    </message>
    <message>
        <source>Chức vụ người ký</source>
        <translation>Signer&apos;s title</translation>
    </message>
    <message>
        <source>Họ tên người ký (trống = để trống)</source>
        <translation>Signer&apos;s name (empty = left blank)</translation>
    </message>
    <message>
        <source>Nơi nhận, cách nhau bằng dấu chấm phẩy</source>
        <translation>Recipients, separated by semicolons</translation>
    </message>
    <message>
        <source>Kiểu CSV: standard (dấu phẩy, số có dấu chấm) hoặc excel-vi (dấu chấm phẩy, số có dấu phẩy)</source>
        <translation>CSV style: standard (comma, dot decimals) or excel-vi (semicolon, comma decimals)</translation>
    </message>
    <message>
        <source>Mức hỗ trợ tối đa cả tổ mỗi năm (đồng); 0 = không giới hạn</source>
        <translation>Yearly allowance cap for the whole team (VND); 0 = no cap</translation>
    </message>
    <message>
        <source>Mức hỗ trợ tối đa mỗi người mỗi năm (đồng); 0 = không giới hạn</source>
        <translation>Yearly allowance cap per member (VND); 0 = no cap</translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <source>Đã có lỗi khi xử lý; xin thử lại hoặc báo cán bộ.</source>
        <translation>Something went wrong; try again or tell a staff member.</translation>
    </message>
</context>
</TS>
