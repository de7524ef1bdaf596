"""The queue: issue, call, recall, skip, transfer, park, finish; numbering per day and service; reads and views.

commands.QueueService is the service (the facade below keeps `from kiosk.services.queue import QueueService`);
base holds what reads and commands share, rules the pure decisions (codes, hours, waits), sql the statements,
views the plain data the screens receive.
"""

from kiosk.services.queue.commands import QueueService

__all__ = ["QueueService"]
