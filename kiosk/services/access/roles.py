"""Staff roles and their names: plain data, read by the PIN service, the staff screens and the tally's allowance
(which must not import the PIN service and its ORM to name a role)."""

from __future__ import annotations

ROLES = {"officer": "Cán bộ một cửa", "team_member": "Thành viên Tổ CNSCĐ", "admin": "Quản trị"}
