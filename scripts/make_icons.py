#!/usr/bin/env python3
"""Draws the app's PNG icons (style/icon-192.png, style/icon-512.png) from the same
picture as style/icon.svg: a rising line on blue. Pure Python, no image library: run it
again only if the picture changes; the PNGs are committed."""
import math
import struct
import zlib
from pathlib import Path

BLUE, WHITE, ORANGE = (0, 114, 178), (255, 255, 255), (230, 159, 0)
LINE = [(10, 50), (24, 34), (34, 42), (54, 16)]


def seg_dist(px, py, a, b):
    (ax, ay), (bx, by) = a, b
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def colour(x, y):
    """The colour at (x, y) in the 64-unit picture; None outside the rounded square."""
    r = 12
    cx, cy = min(max(x, r), 64 - r), min(max(y, r), 64 - r)
    if math.hypot(x - cx, y - cy) > r:
        return None
    if math.hypot(x - 54, y - 16) <= 5:
        return ORANGE
    if min(seg_dist(x, y, LINE[k], LINE[k + 1]) for k in range(3)) <= 3:
        return WHITE
    return BLUE


def png(size):
    rows = []
    s = 4  # 4x4 samples a pixel, for smooth edges
    for j in range(size):
        row = bytearray([0])
        for i in range(size):
            acc, n = [0, 0, 0, 0], 0
            for sj in range(s):
                for si in range(s):
                    c = colour((i + (si + 0.5) / s) * 64 / size, (j + (sj + 0.5) / s) * 64 / size)
                    n += 1
                    if c:
                        acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 255
            a = acc[3] // n
            cover = max(1, acc[3] // 255)
            row += bytes([acc[0] // cover, acc[1] // cover, acc[2] // cover, a])
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


if __name__ == "__main__":
    style = Path(__file__).resolve().parent.parent / "style"
    for size in (192, 512):
        (style / f"icon-{size}.png").write_bytes(png(size))
        print(f"style/icon-{size}.png")
