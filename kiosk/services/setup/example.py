"""The commented office file `kiosk setup --example` prints: every answer of the first-run wizard."""

EXAMPLE = """\
# Cài đặt một điểm hỗ trợ của xã — áp dụng bằng: kiosk setup --file office.toml
# Mỗi mục dưới đây là một câu hỏi của trang cài đặt lần đầu. Sửa theo xã mình rồi lưu lại (UTF-8).

[commune]
province = "Tỉnh Tuyên Quang"
# Tên cơ quan đúng như trên con dấu: in trên phiếu, tờ hướng dẫn và báo cáo lãnh đạo ký.
seal_name = "UBND xã Minh Quang"
# Tên chính thức của bộ phận một cửa.
centre_name = "Trung tâm Phục vụ hành chính công xã Minh Quang"
address = "Trụ sở UBND xã Minh Quang"
# Các thôn, tổ dân phố của xã (dùng khi ghi lượt hỗ trợ và cho điểm tại nhà văn hóa thôn).
villages = ["Thôn Đông", "Thôn Tây", "Thôn Trung"]

[point]
# Máy này đặt ở đâu: commune_desk (bộ phận một cửa của xã) | village_point (điểm tại nhà văn hóa thôn)
# | mobile_team (tổ lưu động).
kind = "commune_desk"
# Mã điểm, không dấu, không khoảng trắng: XA cho bộ phận một cửa; TH-DONG cho điểm thôn Đông...
code = "XA"
# Chỉ với village_point: tên thôn, một trong các thôn ở trên.
village = ""

# Các quầy và lĩnh vực mỗi quầy phục vụ (chữ cái trên phiếu: A Tư pháp – Hộ tịch, B Chứng thực, C Cư trú,
# D Lao động – TB&XH, E Đất đai – Xây dựng – HKD, F Văn hóa – Y tế – GD, G Nhận kết quả, H Hỗ trợ DVC trực tuyến).
[[counters]]
number = 1
name = "Quầy 1 – Tư pháp, Chứng thực"
services = ["A", "B", "G"]

[[counters]]
number = 2
name = "Quầy 2 – Tổ công nghệ số cộng đồng"
services = ["H"]

[hours]
# Giờ làm việc từng ngày; nghỉ trưa là khoảng trống giữa hai buổi. Ngày nghỉ: [].
mon = ["07:30-11:30", "13:30-17:00"]
tue = ["07:30-11:30", "13:30-17:00"]
wed = ["07:30-11:30", "13:30-17:00"]
thu = ["07:30-11:30", "13:30-17:00"]
fri = ["07:30-11:30", "13:30-17:00"]
sat = ["07:30-11:30"]
sun = []

[admin]
# Quản trị viên đầu tiên. Mã PIN không ghi trong tệp này: lệnh sẽ hỏi (gõ hai lần),
# hoặc đọc từ biến môi trường KIOSK_ADMIN_PIN khi cài hàng loạt.
name = "Nguyễn Văn An"

[printers]
# Tên máy in như trong hệ điều hành (xem: kiosk print printers). Trống: không in, số hiện trên màn hình
# và tờ in được lưu thành PDF.
ticket = ""
sheet = ""

[voice]
enabled = true
volume = 80

[channels]
# In trên tờ mã QR phát cho công dân.
website = "https://minhquang.tuyenquang.gov.vn"
zalo_oa = ""
hotline = "0207 3xxx xxx"

[privacy]
# Số ngày giữ họ tên, số điện thoại (hẹn gọi lại) trước khi tự xoá.
retention_days = 90
"""
