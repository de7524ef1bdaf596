"""The hall display role: calls on a big screen, read out in Vietnamese."""
