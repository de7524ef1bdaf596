"""The queue: issue, call, recall, skip, transfer, park, finish; numbering per day and service; reads and views.

commands.QueueService is the service (`from kiosk.services.queue.commands import QueueService`); core holds
today's status and the ticket issue on Core tables alone (what `kiosk queue status` and `kiosk ticket issue` run,
and what QueueService delegates to), base what reads and commands share, rules the pure decisions (codes, hours,
waits), sql the statements, views the plain data the screens receive. This package imports none of them itself:
a command that needs the status only must not pay for the ORM commands.
"""
