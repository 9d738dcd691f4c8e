#!/usr/bin/env python3
"""The network between the game and the record store, for scripts/lrs-test.

    lrs-proxy.py LISTEN_PORT STORE_PORT MODE_FILE

Listens on 127.0.0.1:LISTEN_PORT and passes each HTTP request to the store on
127.0.0.1:STORE_PORT, as MODE_FILE says (read for every connection):

- `pass`: requests and replies pass;
- `down`: the network is cut: every connection is closed at once;
- `drop-reply`: the next request reaches the store, which stores it, but its
  reply never comes back: the connection is held open, the game waits, and
  the file `MODE_FILE.dropped` says it is time to kill it mid-send; then the
  network is cut (`down`).
"""

import socket
import sys
import threading
import time


def read_message(sock, buffered=b""):
    """Reads one HTTP message (head and Content-Length body) from sock."""
    data = buffered
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return None, b""
        data += chunk
    head, rest = data.split(b"\r\n\r\n", 1)
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(rest) < length:
        chunk = sock.recv(65536)
        if not chunk:
            return None, b""
        rest += chunk
    return head + b"\r\n\r\n" + rest[:length], rest[length:]


def mode(mode_file):
    try:
        with open(mode_file) as f:
            return f.read().strip()
    except OSError:
        return "pass"


def serve(client, store_port, mode_file):
    try:
        if mode(mode_file) == "down":
            return
        store = socket.create_connection(("127.0.0.1", store_port))
        pending = b""
        while True:
            request, pending = read_message(client, pending)
            if request is None:
                return
            current = mode(mode_file)
            if current == "down":
                return
            store.sendall(request)
            reply, _ = read_message(store)
            if reply is None:
                return
            if current == "drop-reply":
                with open(mode_file, "w") as f:
                    f.write("down\n")
                with open(mode_file + ".dropped", "w") as f:
                    f.write(request.split(b"\r\n", 1)[0].decode() + "\n")
                time.sleep(120)
                return
            client.sendall(reply)
    except OSError:
        pass
    finally:
        client.close()


def main():
    listen_port, store_port, mode_file = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", listen_port))
    server.listen(16)
    while True:
        client, _ = server.accept()
        threading.Thread(
            target=serve, args=(client, store_port, mode_file), daemon=True
        ).start()


if __name__ == "__main__":
    main()
