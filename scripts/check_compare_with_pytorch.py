#!/usr/bin/python3
"""Done-when check for `quantscope-cli compare`: its figures for the cnn demo on Fashion-MNIST are
reproduced by an independent evaluation of the exported int8 model in stock PyTorch (Debian's
python3-torch 1.13; run with /usr/bin/python3).

  /usr/bin/python3 scripts/check_compare_with_pytorch.py [path/to/quantscope-cli]

Runs `compare demo:cnn --data fashion-mnist --json`, exports the same quantized model with
`quantize` (same data options, hence the same 512 calibration images), evaluates the float and the
exported model in PyTorch on all 10 000 test images, and checks top-1 of both (to 0.1 point),
top-1 agreement (to 0.1 point) and output SQNR (to 0.5 dB). Exit status 0 when all match."""
import gzip
import json
import math
import os
import subprocess
import sys
import tempfile

import numpy as np
import torch

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
cli = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "build", "compare", "app", "quantscope-cli")
src = "/usr/share/datasets/fashion-mnist"
if not os.path.exists(os.path.join(src, "t10k-images-idx3-ubyte.gz")):
    print("dataset-fashion-mnist is not installed; nothing to check")
    sys.exit(0)

report = json.loads(subprocess.run([cli, "compare", "demo:cnn", "--data", "fashion-mnist", "--json"], check=True,
                                   capture_output=True, text=True).stdout)
with tempfile.TemporaryDirectory() as tmp:
    exported = os.path.join(tmp, "cnn_int8.pt")
    subprocess.run([cli, "quantize", "demo:cnn", "--data", "fashion-mnist", "--out", exported], check=True, capture_output=True)
    torch.backends.quantized.engine = report["engine"]
    quantized = torch.jit.load(exported)
    floating = torch.jit.load(os.path.join(root, "resources", "models", "cnn.pt"))
    meta = json.load(open(os.path.join(root, "resources", "models", "cnn.json")))

with gzip.open(os.path.join(src, "t10k-images-idx3-ubyte.gz")) as f:
    images = torch.from_numpy(np.frombuffer(f.read(), np.uint8, offset=16).reshape(-1, 1, 28, 28).astype(np.float32) / 255.0)
with gzip.open(os.path.join(src, "t10k-labels-idx1-ubyte.gz")) as f:
    labels = torch.from_numpy(np.frombuffer(f.read(), np.uint8, offset=8).astype(np.int64))
x = (images - meta["normalization"]["mean"][0]) / meta["normalization"]["std"][0]

torch.set_num_threads(2)
floating.eval()
quantized.eval()
with torch.no_grad():
    a = torch.cat([floating(x[i:i + 64]) for i in range(0, len(x), 64)])
    b = torch.cat([quantized(x[i:i + 64]) for i in range(0, len(x), 64)])
    if b.is_quantized:
        b = b.dequantize()
float_acc = (a.argmax(1) == labels).double().mean().item()
int8_acc = (b.argmax(1) == labels).double().mean().item()
agreement = (a.argmax(1) == b.argmax(1)).double().mean().item()
sqnr = 20 * math.log10(a.norm().item() / (a - b).norm().item())

checks = [
    ("float top-1", float_acc * 100, report["original"]["accuracy"] * 100, 0.1),
    ("int8 top-1", int8_acc * 100, report["quantized"]["accuracy"] * 100, 0.1),
    ("top-1 agreement", agreement * 100, report["agreement"] * 100, 0.1),
    ("output SQNR dB", sqnr, report["output_sqnr_db"], 0.5),
]
failed = False
print(f"PyTorch {torch.__version__}, engine {report['engine']}, {len(x)} test images "
      f"(Quantscope evaluated {report['evaluation_samples']})")
for name, pytorch, quantscope, tolerance in checks:
    ok = quantscope is not None and abs(pytorch - quantscope) <= tolerance + 1e-9
    failed |= not ok
    print(f"  {name:16s} PyTorch {pytorch:8.3f}  Quantscope {quantscope if quantscope is None else round(quantscope, 3)!s:>8s}"
          f"  {'ok' if ok else 'MISMATCH'}")
sys.exit(1 if failed else 0)
