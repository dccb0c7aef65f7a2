#!/usr/bin/python3
"""A contactless badge for the PC/SC tests, on virtualsmartcard's framework.

The card (a SmartcardOS) answers PC/SC part 3's GET DATA for its UID (vpcd passes the
pseudo-APDU through, where a real reader would answer it itself), and, given a
certificate, SELECT of the PIV application and GET DATA of the card-authentication
certificate (5FC101) with response chaining (61xx, GET RESPONSE) as PIV cards do.
With --compressed the certificate is gzipped (CertInfo 01); with --refusing it answers
every command with 6A81 (function not supported).

It is presented to vpcd and taken away on command, one line each on stdin:
"insert" connects to vpcd (the card lands on the reader) and prints
"inserted <epoch nanoseconds>"; "remove" disconnects and prints "removed".
"--check" only tells, by its exit status (3), whether virtualsmartcard is there.

Debian 12's python3-virtualsmartcard installs under
/usr/lib/python3/site-packages/virtualsmartcard, which is not on sys.path, and its
CryptoUtils needs PyCrypto's "Crypto", which Debian no longer ships; this card uses no
cryptography, so an empty CryptoUtils stands in when the real one cannot load.
"""

import argparse
import gzip
import socket
import sys
import threading
import time
import types

DEBIAN_PLACE = "/usr/lib/python3/site-packages/virtualsmartcard"
try:
    import virtualsmartcard  # noqa: F401
except ImportError:
    sys.path.append(DEBIAN_PLACE)
try:
    import virtualsmartcard.CryptoUtils  # noqa: F401
except ImportError as missing:
    if "virtualsmartcard" in str(missing):
        sys.exit(3)
    sys.modules["virtualsmartcard.CryptoUtils"] = types.ModuleType("virtualsmartcard.CryptoUtils")

from virtualsmartcard.VirtualSmartcard import SmartcardOS, VirtualICC  # noqa: E402

# PC/SC part 3's ATR for a contactless card: T=0 then T=1, no historical bytes.
ATR = bytes.fromhex("3B80800101")
OK = bytes.fromhex("9000")
PIV_AID = bytes.fromhex("A000000308")
CARD_AUTHENTICATION = bytes.fromhex("5C035FC101")


def tlv(tag, value):
    if len(value) < 0x80:
        length = bytes([len(value)])
    elif len(value) < 0x100:
        length = bytes([0x81, len(value)])
    else:
        length = bytes([0x82, len(value) >> 8, len(value) & 0xFF])
    return tag + length + value


class BadgeOS(SmartcardOS):
    def __init__(self, uid, certificate, refusing, compressed=False):
        self.uid = uid
        self.certificate = certificate
        self.compressed = compressed
        self.refusing = refusing
        self.selected = False
        self.pending = b""

    def getATR(self):
        return ATR

    def powerUp(self):
        self.reset()

    def powerDown(self):
        self.reset()

    def reset(self):
        self.selected = False
        self.pending = b""

    def execute(self, msg):
        if self.refusing or len(msg) < 4:
            return bytes.fromhex("6A81")
        cla, ins, p1 = msg[0], msg[1], msg[2]
        if cla == 0xFF and ins == 0xCA and p1 == 0x00:
            return self.uid + OK
        if ins == 0xA4 and p1 == 0x04:
            aid = msg[5:5 + msg[4]]
            self.selected = self.certificate is not None and aid.startswith(PIV_AID)
            return OK if self.selected else bytes.fromhex("6A82")
        if ins == 0xCB and self.selected and msg[5:10] == CARD_AUTHENTICATION:
            if self.compressed:
                body, info = gzip.compress(self.certificate), b"\x01"
            else:
                body, info = self.certificate, b"\x00"
            container = tlv(b"\x70", body) + tlv(b"\x71", info) + tlv(b"\xFE", b"")
            return self.chunk(tlv(b"\x53", container))
        if ins == 0xC0 and self.pending:
            return self.chunk(self.pending)
        return bytes.fromhex("6D00")

    def chunk(self, data):
        head, self.pending = data[:256], data[256:]
        if self.pending:
            return head + bytes([0x61, min(len(self.pending), 256) & 0xFF])
        return head + OK


def present(card, port):
    """Connects to vpcd and serves the card with VirtualICC's own protocol loop.

    VirtualICC's constructor builds one of its own card types and connects once, so the
    connection is made here and the loop is borrowed; it ends when the socket closes.
    """
    icc = VirtualICC.__new__(VirtualICC)
    icc.os = card
    icc.host = "127.0.0.1"
    icc.port = port
    icc.server_sock = None
    icc.sock = VirtualICC.connectToPort("127.0.0.1", port)
    loop = threading.Thread(target=icc.run, daemon=True)
    loop.start()
    return icc, loop


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--port", type=int)
    parser.add_argument("--uid", help="hex")
    parser.add_argument("--certificate", help="DER file: the card is a PIV card")
    parser.add_argument("--compressed", action="store_true", help="the certificate gzipped")
    parser.add_argument("--refusing", action="store_true")
    args = parser.parse_args()
    if args.check:
        return
    certificate = None
    if args.certificate:
        with open(args.certificate, "rb") as file:
            certificate = file.read()
    card = BadgeOS(bytes.fromhex(args.uid), certificate, args.refusing, args.compressed)
    presented = None
    for line in sys.stdin:
        command = line.strip()
        if command == "insert" and presented is None:
            presented = present(card, args.port)
            print("inserted", time.time_ns(), flush=True)
        elif command == "remove" and presented is not None:
            icc, loop = presented
            icc.sock.shutdown(socket.SHUT_RDWR)
            icc.sock.close()
            loop.join(5)
            presented = None
            print("removed", flush=True)
        else:
            print("cannot", command, flush=True)


if __name__ == "__main__":
    main()
