#!/usr/bin/env python3
"""Cuts the embedded Fashion-MNIST sample: the first 1000 test images and labels of Debian's
dataset-fashion-mnist, as gzip IDX files. Quantscope uses it when the package is not installed."""
import gzip
import os
import struct

SRC = "/usr/share/datasets/fashion-mnist"
COUNT = 1000
here = os.path.dirname(os.path.abspath(__file__))

with gzip.open(os.path.join(SRC, "t10k-images-idx3-ubyte.gz"), "rb") as f:
    magic, n, rows, cols = struct.unpack(">IIII", f.read(16))
    assert magic == 0x803 and n >= COUNT
    pixels = f.read(COUNT * rows * cols)
with gzip.open(os.path.join(SRC, "t10k-labels-idx1-ubyte.gz"), "rb") as f:
    magic, n = struct.unpack(">II", f.read(8))
    assert magic == 0x801 and n >= COUNT
    labels = f.read(COUNT)

# mtime=0 keeps the files byte-identical between runs.
with gzip.GzipFile(os.path.join(here, "fashion-mnist-sample-images-idx3-ubyte.gz"), "wb", mtime=0) as f:
    f.write(struct.pack(">IIII", 0x803, COUNT, rows, cols) + pixels)
with gzip.GzipFile(os.path.join(here, "fashion-mnist-sample-labels-idx1-ubyte.gz"), "wb", mtime=0) as f:
    f.write(struct.pack(">II", 0x801, COUNT) + labels)
