<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi_VN">
<context>
    <name>AboutTab</name>
    <message>
        <source>Ki-ốt hỗ trợ số của xã</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Chỉ dành cho quản trị viên. Chọn tài khoản quản trị:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thoát chương trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quay lại màn hình công dân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quản trị – thoát chế độ ki-ốt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có tài khoản quản trị. Tạo bằng lệnh: kiosk staff add &quot;Họ tên&quot; --role admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xin chào {name}. Thoát chế độ ki-ốt?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminWindow</name>
    <message>
        <source>Quản trị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổng hợp số liệu, xuất báo cáo (cần mã PIN quản trị)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quản trị – Ki-ốt hỗ trợ số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khu vực quản trị đang khoá.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đăng nhập bằng mã PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phiên bản {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổng hợp số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giọng đọc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phiên bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang mở: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khoá</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>Mọi người</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mọi việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Từ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lọc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chi tiết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} dòng, mới nhất trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn thư mục lưu nhật ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã lưu {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>Sao lưu ngay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khôi phục…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dung lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang sao lưu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xin chọn một bản sao lưu trong danh sách trước.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang khôi phục…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu lúc {when}? Dữ liệu hiện tại được sao lưu trước.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hỏng: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có bản sao lưu nào.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã sao lưu và kiểm tra: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản sao lưu vừa ghi không qua kiểm tra: {p}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khôi phục xong nhưng cơ sở dữ liệu không qua kiểm tra: {p}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Dữ liệu trước đó được giữ trong {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã khôi phục.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <source>Tìm theo tên, mã hoặc từ tìm kiếm (không cần dấu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Từ tìm kiếm thêm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ví dụ: giấy khai sinh, làm giấy cho con</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Từ tìm kiếm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mục mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm mục địa phương</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu từ tìm kiếm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ẩn ở xã này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang dùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã ẩn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (địa phương)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hiện lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm mục của xã (tên, lĩnh vực, từ tìm kiếm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã thêm vào danh mục của xã.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã lưu từ tìm kiếm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã ẩn; quầy không còn thấy mục này khi tìm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã hiện lại.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterChooser</name>
    <message>
        <source>Chọn quầy làm việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quầy được nhớ trên máy này cho lần sau.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountersTab</name>
    <message>
        <source>Quầy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lĩnh vực xếp hàng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên quầy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm quầy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số quầy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phục vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang dùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu quầy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chữ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thứ tự</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chữ cái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mô tả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(không có)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hiện trên màn hình lấy số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biểu tượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngừng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa quầy nào phục vụ lĩnh vực {0}: số thứ tự của lĩnh vực đó sẽ không được gọi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa quầy {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã lưu quầy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa lĩnh vực {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã lưu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashNotice</name>
    <message>
        <source>Ki-ốt tạm dừng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ki-ốt đang tạm dừng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskBoard</name>
    <message>
        <source>QUẦY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ĐANG PHỤC VỤ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>Bàn hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đăng xuất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trong ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hẹn lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinh hoạt nhóm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày trực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bàn hỗ trợ – </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gọi số, ghi nhận lượt hỗ trợ, hẹn lại, sinh hoạt nhóm, ngày trực</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayWindow</name>
    <message>
        <source>Màn hình phòng chờ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số đang phục vụ ở từng quầy, đọc số bằng giọng nói</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thứ Hai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thứ Ba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thứ Tư</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thứ Năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thứ Sáu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thứ Bảy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chủ nhật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mất kết nối – đang thử lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Màn hình này không đọc số (màn hình đọc: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DutyPanel</name>
    <message>
        <source>Điểm danh ngày trực hôm nay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điểm danh trực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết thúc ca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tháng trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tháng sau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thành viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số ngày trực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Các ngày trong tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mức hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tháng {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hôm nay đang trực: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chưa ai điểm danh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã điểm danh trực tại {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã kết thúc ca trực.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresTab</name>
    <message>
        <source>Chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giá trị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nguồn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày nguồn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập số liệu chính thức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ví dụ: ty_le_ho_so_truc_tuyen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kỳ số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ví dụ: Cổng Dịch vụ công quốc gia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày lấy số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã lưu số liệu chính thức.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <source>Hiện cả lịch hẹn 7 ngày tới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hẹn ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trễ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lý do hẹn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Việc đã hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thôn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liên hệ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xem số điện thoại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mỗi lần xem được ghi vào nhật ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trễ {0} ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hôm nay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} lịch hẹn đến hạn hoặc quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã đánh dấu xong lịch hẹn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupSessionsPanel</name>
    <message>
        <source>Ghi buổi sinh hoạt, tập huấn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chủ đề</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên buổi (nếu không chọn chủ đề)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên buổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thôn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số người dự</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tờ rơi đã phát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu buổi sinh hoạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người dự</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tờ rơi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phụ trách</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lý do huỷ buổi đã chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huỷ buổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— Chọn chủ đề —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— Chọn thôn —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã lưu buổi {0} ({1} người dự).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ngày qua: {1} buổi, {2} người dự, {3} tờ rơi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã huỷ buổi sinh hoạt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideListPage</name>
    <message>
        <source>Chạm vào việc ông/bà muốn làm trên điện thoại để xem từng bước:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hướng dẫn sử dụng ứng dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có hướng dẫn nào; xin hỏi cán bộ tại quầy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>Các hướng dẫn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiếp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In hướng dẫn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hướng dẫn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang mở hướng dẫn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cần chuẩn bị:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giới thiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bước {n}/{total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nếu gặp khó khăn ({n}/{total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu ý an toàn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cẩn thận kẻ gian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở camera điện thoại (hoặc Zalo › Quét mã QR) và hướng vào một mã dưới đây.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trang chính thức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quét mã để mở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{part}  ·  trang {n}/{total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang in tờ hướng dẫn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã in tờ hướng dẫn – xin nhận ở máy in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy này không in giấy – xin hỏi cán bộ tại quầy để in tờ hướng dẫn này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy in đang lỗi – cán bộ tại quầy sẽ in lại tờ hướng dẫn này cho ông/bà.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa in được – xin hỏi cán bộ tại quầy. ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeroPanel</name>
    <message>
        <source>MỜI SỐ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XIN CHÀO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xin mời công dân lấy số thứ tự tại ki-ốt và chờ gọi số.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUẦY {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Thứ Hai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thứ Ba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thứ Tư</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thứ Năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thứ Sáu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thứ Bảy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chủ Nhật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>người chờ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xin hỏi cán bộ tại quầy về giờ phát số.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mời ông/bà quay lại lúc {hour} hôm nay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mời ông/bà quay lại lúc {hour} ngày mai, {weekday} {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mời ông/bà quay lại lúc {hour}, {weekday} {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang chuẩn bị…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hiện ngoài giờ làm việc, máy chưa phát số thứ tự.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ông/bà vẫn có thể xem hướng dẫn sử dụng ứng dụng và đánh giá.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ưu tiên – chạm vào nhóm của ông/bà:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hướng dẫn sử dụng ứng dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giờ làm việc: {hours}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>Thủ tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ứng dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kỹ năng số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bỏ mục này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa xong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cổng nộp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã nộp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa nộp được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã hồ sơ (nếu có)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ví dụ 000.00.23.H19-241124-0001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã nộp phí trực tuyến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đăng nhập bằng VNeID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— Lý do chưa làm được —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemPicker</name>
    <message>
        <source>Tìm thủ tục, ứng dụng, kỹ năng: &apos;khai sinh&apos;, &apos;vneid&apos;, &apos;1.001193&apos; (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☆ Ưa dùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghim mục đang chọn lên đầu danh sách (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ứng dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kỹ năng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy; thử gõ ít chữ hơn hoặc mã thủ tục.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Bỏ ghim</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Ki-ốt công dân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lấy số thứ tự, hướng dẫn sử dụng ứng dụng, đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ki-ốt hỗ trợ số</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Bàn hỗ trợ – đăng nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn tên của anh/chị:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có tài khoản nào: dùng lệnh  kiosk staff add  để thêm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagedGrid</name>
    <message>
        <source>Trang trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trang sau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trang {n}/{total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Đăng nhập quản trị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khu vực quản trị: cần tài khoản quản trị và mã PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huỷ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có tài khoản quản trị. Tạo bằng lệnh: kiosk staff add &quot;Họ tên&quot; --role admin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinEntry</name>
    <message>
        <source>Mã PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Chọn tên khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xoá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vào</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} – nhập mã PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang kiểm tra…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintJobsPanel</name>
    <message>
        <source>Chưa in được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang chờ in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bị kẹt khi in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa xác nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã gửi tới máy in nhưng máy in chưa báo đã ra giấy; xin xem máy in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giờ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lệnh in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huỷ lệnh in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã ra giấy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xem lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} lệnh chưa in được, {1} lệnh đang chờ in, {2} lệnh chưa xác nhận ra giấy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có lệnh in nào bị lỗi hay đang chờ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang gửi lại lệnh in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã gửi lại tới máy in, chưa xác nhận ra giấy: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã in lại: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa in được; xin kiểm tra máy in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xác nhận ra giấy: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã huỷ lệnh in: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriorityPage</name>
    <message>
        <source>Chạm vào lĩnh vực cần làm để lấy số ưu tiên:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quay lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lấy số ưu tiên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ưu tiên: {group}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueActions</name>
    <message>
        <source>Gọi số tiếp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gọi lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bỏ qua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tạm gác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gọi số đã gác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chuyển</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi nhận</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueLists</name>
    <message>
        <source>Công dân quay lại: xếp lại số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số vắng mặt được đưa lên đầu hàng chờ, một lần</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang chờ ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã gác ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vắng mặt ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chuyển đến quầy này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↩ quay lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chờ {0} phút</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quầy {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gọi lúc {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Máy in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đổi quầy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có quầy số {0}; hãy chọn quầy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tạm dừng quầy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở quầy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quầy {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chờ {0} · Gác {1} · Vắng {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã gọi lại số {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số {0} vắng mặt: đã để sang “Vắng mặt”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số {0} tạm gác chờ bổ sung giấy tờ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số {0} đã được xếp lên đầu hàng chờ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không còn ai chờ ở các lĩnh vực của quầy này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã gọi lại số đã gác {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã mời số {0} đến quầy {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số {0} đã xong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quầy {0}: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lĩnh vực {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quầy {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã chuyển số {0} sang {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} lệnh in lỗi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} lệnh đang chờ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Máy in: {0} — xem ({1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingPage</name>
    <message>
        <source>Đánh giá sự hài lòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập số thứ tự in trên phiếu của ông/bà (ví dụ A012), hoặc đưa mã QR trên phiếu vào máy quét.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số thứ tự</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiếp tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xoá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xin nhập số thứ tự in trên phiếu, ví dụ A012.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số {code} chưa được phục vụ nên chưa thể đánh giá.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số {code} – {service}. Ông/bà hài lòng thế nào với việc phục vụ hôm nay?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập lại số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Về trang chủ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cảm ơn ông/bà! Đã ghi nhận đánh giá “{level}” cho số {code}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentCalls</name>
    <message>
        <source>VỪA GỌI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ Quầy {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Dưới 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18–59</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Từ 60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Việc đã hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa chọn việc nào: gõ vào ô tìm ở trên rồi nhấn Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người được hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nơi hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số thứ tự (nếu có)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số thứ tự</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nơi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Độ tuổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thôn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người dân đồng ý lưu họ tên, số điện thoại để nhắc hẹn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Họ tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Họ tên người dân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số điện thoại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hẹn lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày hẹn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lý do hẹn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú (không ghi số CCCD, mật khẩu, mã OTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu  (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Làm mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xoá biểu mẫu, giữ nơi, thôn và người hỗ trợ (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2 tìm · ↑↓ Enter chọn · Alt+1/2/3 tuổi · Ctrl+Enter lưu · Ctrl+N mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— Ngoài xã / không rõ —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xoá thông tin đã lưu ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu thay đổi  (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thôi sửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang sửa lượt hỗ trợ số {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã lưu thay đổi lượt số {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã lưu lượt hỗ trợ số {0}: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <source>Máy này không có micrô.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không mở được micrô; xin kiểm tra micrô đã cắm và được phép dùng.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <source>Ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tải lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giờ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nơi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Việc đã hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thôn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liên hệ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lý do huỷ (bắt buộc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huỷ bản ghi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người dân rút đồng ý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xoá ngay họ tên và số điện thoại đã lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã huỷ: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hẹn </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xong hẹn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} lượt hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã huỷ lượt số {0}; bản ghi vẫn được giữ trong nhật ký.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xoá họ tên và số điện thoại theo yêu cầu của người dân.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolePicker</name>
    <message>
        <source>Ki-ốt hỗ trợ số – chọn màn hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ki-ốt hỗ trợ số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn màn hình cần mở trên máy này:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có màn hình nào trong bản cài đặt này.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <source>Lưu các thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bỏ thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa ở thẻ “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có gì thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã lưu {0} mục; {1} mục chưa hợp lệ (xem dòng chữ đỏ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã lưu {0} mục.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <source>Họ tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm người mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4–8 chữ số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người mới cần mã PIN. Với người đã có, gõ mã mới rồi bấm “Đặt lại mã PIN”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đặt lại mã PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngừng tài khoản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang làm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã ngừng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở lại tài khoản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã thêm tài khoản.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã lưu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã đặt mã PIN mới.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã ngừng tài khoản; lịch sử vẫn được giữ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã mở lại tài khoản.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TallyDashboard</name>
    <message>
        <source>Thứ Hai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thứ Ba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thứ Tư</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thứ Năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thứ Sáu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thứ Bảy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chủ Nhật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổng hợp số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tất cả các điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theo ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theo tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hôm nay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số đã phát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã phục vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chờ trung bình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lượt hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nộp trực tuyến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VNeID mức 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hài lòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hàng chờ dài nhất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số liệu chính thức (nhập tay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do cán bộ nhập kèm nguồn và ngày; không phải số liệu hỗ trợ tại điểm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang tính số liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số liệu hỗ trợ tại điểm · {point} · cập nhật {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tất cả các điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hôm nay – {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tháng {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Từ {start} đến {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} phút</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đang chờ: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vắng mặt: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90% chờ dưới {n} phút</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>từ 60 tuổi: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{parts} hồ sơ đã nộp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mức 1: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{parts} lượt đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lúc {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số người đến theo giờ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thời gian chờ (phút)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trực tuyến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trực tiếp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bưu chính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa nộp được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết quả hỗ trợ thủ tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: chưa có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theo thôn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theo thành viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày trực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có số liệu chính thức cho kỳ này.
Nhập ở thẻ “Số liệu chính thức” của màn hình quản trị.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {value}
    nguồn: {source}, ngày {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn thư mục lưu báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang xuất {fmt}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã lưu {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TickerTab</name>
    <message>
        <source>Thông báo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hôm nay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ví dụ: Thứ Bảy 5/12 tiếp dân cả ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không đánh dấu ngày: thông báo hiện mãi đến khi xoá.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thông báo mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xoá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa thông báo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã lưu thông báo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xoá thông báo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketCard</name>
    <message>
        <source>Số đang phục vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có ai ở quầy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bấm “Gọi số tiếp” (F10) để mời người kế tiếp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phục vụ {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã chờ {0} phút
Đang phục vụ {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>Số thứ tự của ông/bà</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã phiếu – không chứa thông tin cá nhân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phiếu số thứ tự</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ưu tiên: {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khi được gọi, mời đến quầy số {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khi được gọi, mời đến quầy số {listed} hoặc {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có ai chờ trước ông/bà.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trước ông/bà còn {n} người.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dự kiến chờ khoảng {m} phút.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang in phiếu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã in phiếu – xin nhận phiếu ở khe máy in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy in đang lỗi — xin ghi nhớ số {code} hoặc chụp ảnh màn hình này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy này không in phiếu giấy — xin ghi nhớ số {code} hoặc chụp ảnh màn hình này.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Trang chủ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hướng dẫn sử dụng ứng dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aa  Chữ to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aa  Chữ thường</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Chuyển số {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chuyển số {0} đến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giữ lĩnh vực {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quầy nào cũng được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quầy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chuyển</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thôi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy chọn lĩnh vực hoặc quầy để chuyển số đến.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VillagesTab</name>
    <message>
        <source>Thứ tự</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thôn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ví dụ: Thôn Bắc Sơn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên thôn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang dùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm thôn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngừng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã lưu thôn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoiceTab</name>
    <message>
        <source>Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lời cần đọc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đoạn đang chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi âm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nghe lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cắt khoảng lặng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xoá đoạn này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập và nghe thử</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy này không có micrô: ghi ở máy khác hoặc điện thoại, đặt tên tệp như cột Tệp, rồi nhập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập thư mục…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nghe thử lượt gọi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quầy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cài đặt giọng đọc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> từ/phút</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mọi màn hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thứ tự giọng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giọng tổng hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tốc độ đọc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Màn hình đọc số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu cài đặt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã có ({s} giây)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dùng chuông có sẵn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã đủ {n} đoạn: các lượt gọi đọc bằng giọng ghi âm của xã.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã ghi {have}/{n} đoạn. Khi đủ, các lượt gọi sẽ đọc bằng giọng của xã; trước đó dùng giọng tổng hợp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã ghi: {s} giây</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa ghi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dừng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang ghi… đọc rõ: &quot;{w}&quot;, rồi bấm Dừng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không nhận được tiếng nào từ micrô; xin thử lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã lưu đoạn {name}. Bấm &apos;Nghe lại&apos; để kiểm tra, &apos;Cắt khoảng lặng&apos; để bỏ im lặng hai đầu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã cắt khoảng lặng của {name}: {a} giây → {b} giây.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn thư mục có các tệp WAV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã nhập {n} đoạn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang chuẩn bị lượt gọi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nghe thử bằng: {v} ({s} giây).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã lưu cài đặt giọng đọc.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitingBoard</name>
    <message>
        <source>SỐ NGƯỜI ĐANG CHỜ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_DeskRow</name>
    <message>
        <source>Tạm nghỉ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
