#!/usr/bin/env python3
"""Writes the game's short interface sounds (assets/audio/*.wav) from sine waves.

Kept as code so anyone can change a sound without a sound editor:
`python3 scripts/make-sounds.py`.
"""
import math
import struct
import wave
from pathlib import Path

RATE = 22050
OUT = Path(__file__).resolve().parent.parent / "assets" / "audio"


def tone(notes, length, volume=0.35):
    """Notes are (frequency, start, duration) in seconds; soft attack and decay."""
    samples = [0.0] * int(RATE * length)
    for freq, start, dur in notes:
        first = int(start * RATE)
        for i in range(int(dur * RATE)):
            t = i / RATE
            envelope = min(1.0, t / 0.01) * math.exp(-4.0 * t / dur)
            if first + i < len(samples):
                samples[first + i] += volume * envelope * math.sin(2 * math.pi * freq * t)
    return samples


def write(name, samples):
    OUT.mkdir(parents=True, exist_ok=True)
    with wave.open(str(OUT / name), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", int(max(-1, min(1, s)) * 32767)) for s in samples))


write("click.wav", tone([(880, 0, 0.06)], 0.08, 0.25))
# A rising major third: well done.
write("good.wav", tone([(660, 0, 0.18), (830, 0.12, 0.3)], 0.45))
# Two gentle equal notes: let's think. Never a buzzer.
write("think.wav", tone([(520, 0, 0.18), (520, 0.2, 0.25)], 0.48, 0.3))
