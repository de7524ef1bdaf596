"""The citizen kiosk screen (role "kiosk")."""
