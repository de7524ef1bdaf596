"""This PC's addresses on the office network, for the admin to choose web.host and web.public_url from.

Standard library only. The address of the default route comes from a UDP socket "connected" to a documentation
address (RFC 5737): connecting a UDP socket sends nothing, it only picks the outgoing interface. The host name's
addresses add the other interfaces the resolver knows.
"""

from __future__ import annotations

import ipaddress
import socket

_PROBE = ("192.0.2.1", 9)  # TEST-NET-1: never routed on the internet, nothing is sent


def lan_addresses() -> list[str]:
    """IPv4 addresses other than loopback, private (office LAN) ones first; [] on a PC with no network."""
    found: set[str] = set()
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(_PROBE)
            found.add(probe.getsockname()[0])
    except OSError:
        pass  # no default route: the PC is off the network
    try:
        for *_, sockaddr in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            found.add(str(sockaddr[0]))
    except OSError:
        pass
    addresses = []
    for text in found:
        try:
            address = ipaddress.IPv4Address(text)
        except ValueError:
            continue
        if not (address.is_loopback or address.is_unspecified or address.is_link_local):
            addresses.append(address)
    return [str(a) for a in sorted(addresses, key=lambda a: (not a.is_private, a))]


def page_urls(host: str, port: int) -> list[str]:
    """The addresses a phone can type for a server bound to `host`: every LAN address for 0.0.0.0."""
    hosts = lan_addresses() if host in ("0.0.0.0", "::") else [host]
    if not hosts:
        hosts = ["127.0.0.1"]
    return [f"http://{h}:{port}" for h in hosts]
