#!/usr/bin/python3
"""Checks the shipped demo models with stock PyTorch (Debian's python3-torch 1.13; run with
/usr/bin/python3): each NAME.pt loads with torch.jit.load, runs at batch 1 and 64 with the same
answers, and reaches the test accuracy its NAME.json records on all 10 000 Fashion-MNIST test
images (within 0.1 point). Quantscope measured those accuracies in C++; this is PyTorch's word."""
import glob
import gzip
import json
import os
import sys

import numpy as np
import torch

here = os.path.dirname(os.path.abspath(__file__))
src = "/usr/share/datasets/fashion-mnist"
with gzip.open(os.path.join(src, "t10k-images-idx3-ubyte.gz")) as f:
    images = torch.from_numpy(np.frombuffer(f.read(), np.uint8, offset=16).reshape(-1, 1, 28, 28).astype(np.float32) / 255.0)
with gzip.open(os.path.join(src, "t10k-labels-idx1-ubyte.gz")) as f:
    labels = torch.from_numpy(np.frombuffer(f.read(), np.uint8, offset=8).astype(np.int64))

torch.set_num_threads(2)
failed = False
for meta_path in sorted(glob.glob(os.path.join(here, "*.json"))):
    meta = json.load(open(meta_path))
    model = torch.jit.load(os.path.join(here, meta["model_file"]))
    model.eval()
    mean, std = meta["normalization"]["mean"][0], meta["normalization"]["std"][0]
    x = (images - mean) / std
    with torch.no_grad():
        predicted = torch.cat([model(x[i:i + 500]).argmax(1) for i in range(0, len(x), 500)])
        one = torch.cat([model(x[i:i + 1]) for i in range(64)])
        many = model(x[:64])
    accuracy = (predicted == labels).double().mean().item()
    same = torch.allclose(one, many, atol=1e-4)
    ok = abs(accuracy - meta["test_accuracy"]) <= 0.001 + 1e-9 and same
    failed |= not ok
    print(f"{meta['name']:7s} PyTorch {torch.__version__}: {accuracy * 100:.2f} % (recorded {meta['test_accuracy'] * 100:.2f} %), "
          f"batch 1 and 64 agree: {same}  {'ok' if ok else 'MISMATCH'}")
sys.exit(1 if failed else 0)
