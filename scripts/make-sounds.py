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


def write(name, samples, rate=RATE):
    OUT.mkdir(parents=True, exist_ok=True)
    with wave.open(str(OUT / name), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(b"".join(struct.pack("<h", int(max(-1, min(1, s)) * 32767)) for s in samples))


write("click.wav", tone([(880, 0, 0.06)], 0.08, 0.25))
# A rising major third: well done.
write("good.wav", tone([(660, 0, 0.18), (830, 0.12, 0.3)], 0.45))
# Two gentle equal notes: let's think. Never a buzzer.
write("think.wav", tone([(520, 0, 0.18), (520, 0.2, 0.25)], 0.48, 0.3))
# Three rising notes, bright and short: a star.
write("star.wav", tone([(784, 0, 0.12), (988, 0.08, 0.14), (1319, 0.16, 0.3)], 0.5, 0.28))


# Music: one calm loop per world (the four Cs), made of soft plucked notes over a
# slow bass, in a pentatonic scale so no two notes clash. Each loop ends where it
# began (every note has died away), so it repeats without a seam.
MUSIC_RATE = 16000


def pluck(samples, freq, start, dur, volume, rate):
    first = int(start * rate)
    for i in range(int(dur * rate)):
        if first + i >= len(samples):
            break
        t = i / rate
        envelope = min(1.0, t / 0.015) * math.exp(-3.0 * t / dur)
        # A sine with a little of its octave: soft, like a music box.
        wave_ = math.sin(2 * math.pi * freq * t) + 0.25 * math.sin(4 * math.pi * freq * t)
        samples[first + i] += volume * envelope * wave_


def music(name, root, bpm, pattern, bass):
    beat = 60.0 / bpm
    beats = 16
    length = beats * beat
    samples = [0.0] * int(length * MUSIC_RATE)
    # Major pentatonic steps above the root, two octaves.
    steps = [0, 2, 4, 7, 9, 12, 14, 16, 19, 21]
    for i, step in enumerate(pattern):
        if step is None:
            continue
        freq = root * 2 ** (steps[step] / 12)
        pluck(samples, freq, i * beat / 2, beat * 1.6, 0.16, MUSIC_RATE)
    for bar, step in enumerate(bass):
        freq = root / 2 * 2 ** (steps[step] / 12)
        pluck(samples, freq, bar * 4 * beat, beat * 3.5, 0.14, MUSIC_RATE)
    # The last notes fade out before the loop starts again.
    tail = int(beat * MUSIC_RATE)
    for i in range(tail):
        samples[-1 - i] *= i / tail
    write(name, samples, MUSIC_RATE)


_ = None
# Content: curious, wandering (C).
music("music-content.wav", 261.63, 92,
      [0, 2, 4, 2, 5, _, 4, _, 3, 4, 5, 7, 6, _, 4, _, 2, 4, 5, 4, 3, _, 2, _, 0, 2, 1, 2, 0, _, _, _],
      [0, 3, 4, 0])
# Contact: warm and steady (D).
music("music-contact.wav", 293.66, 84,
      [0, _, 2, 4, 5, _, 4, 2, 3, _, 4, 5, 7, _, 5, 4, 2, _, 4, 5, 4, _, 2, 1, 0, _, 1, 2, 0, _, _, _],
      [0, 4, 3, 0])
# Conduct: friendly, a little bouncy (F).
music("music-conduct.wav", 349.23, 100,
      [0, 2, 0, 4, 2, 5, 4, _, 5, 7, 5, 4, 2, _, 0, _, 4, 5, 4, 2, 3, 4, 2, _, 1, 2, 1, 0, 0, _, _, _],
      [0, 3, 4, 0])
# Contract: thoughtful, clear (G, lower).
music("music-contract.wav", 196.00, 88,
      [4, _, 5, 7, 5, _, 4, 2, 4, _, 2, 0, 1, _, 2, _, 4, 5, 7, 9, 7, _, 5, 4, 2, _, 1, 2, 0, _, _, _],
      [0, 4, 3, 0])
