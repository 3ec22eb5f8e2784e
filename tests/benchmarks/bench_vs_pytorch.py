#!/usr/bin/python3
"""Quantscope's export against PyTorch 1.13's own post-training quantization of the same model.

For each demo model and mode: Quantscope quantizes it (quantscope-cli quantize, the first 512
Fashion-MNIST train images, --sample first) and the peer, torch.ao.quantization.quantize_jit with
get_default_qconfig(engine) for static int8 (quantize_dynamic_jit with default_dynamic_qconfig for
dynamic int8), calibrates on the same 512 images. Both run here, in stock PyTorch, on the same engine and threads: top-1 on the 10 000 test
images, file size, and latency at batch 1 and 64: ours against float and ours against the peer, each
pair measured interleaved on its own (each timed call right after an untimed one of the same
model) with medians, so the ratios hold even when the machine is busy.

usage: /usr/bin/python3 tests/benchmarks/bench_vs_pytorch.py [--cli build/release/app/quantscope-cli]
       [--engine onednn] [--threads 2] [--repeats 30] [--models cnn,mlp,mlp:dynamic,resnet,lstm]
  --models: demo names, each optionally :static or :dynamic (default static; lstm dynamic, as PyTorch
  has no static LSTM).
Prints a Markdown table (the README's). Never fails on time.
"""
import argparse
import gzip
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time


def _threads_argument(default=2):
    for i, a in enumerate(sys.argv):
        if a == "--threads" and i + 1 < len(sys.argv):
            return sys.argv[i + 1]
        if a.startswith("--threads="):
            return a.split("=", 1)[1]
    return str(default)


# OpenBLAS (the float Linear's BLAS) keeps its own thread pool, whose spinning threads make the
# float baseline erratic on a shared machine: pin it to the same count before torch loads it.
os.environ.setdefault("OPENBLAS_NUM_THREADS", _threads_argument())

import numpy as np  # noqa: E402
import torch  # noqa: E402
from torch.ao.quantization import default_dynamic_qconfig, get_default_qconfig, quantize_dynamic_jit, quantize_jit  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DATA = "/usr/share/datasets/fashion-mnist"
DYNAMIC_ONLY = {"lstm"}  # no static int8 LSTM in PyTorch 1.13: dynamic int8 unless asked otherwise


def read_idx(path):
    with gzip.open(path, "rb") as f:
        raw = f.read()
    dims = raw[3]
    shape = [int.from_bytes(raw[4 + 4 * i:8 + 4 * i], "big") for i in range(dims)]
    return np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def images(split, meta, count=None):
    x = read_idx(f"{DATA}/{split}-images-idx3-ubyte.gz")
    y = read_idx(f"{DATA}/{split}-labels-idx1-ubyte.gz")
    if count:
        x, y = x[:count], y[:count]
    x = torch.from_numpy(x.astype(np.float32) / 255.0).unsqueeze(1)
    norm = meta.get("normalization") or {}
    if norm.get("mean"):
        x = (x - norm["mean"][0]) / norm["std"][0]
    return x, torch.from_numpy(y.astype(np.int64))


def top1(model, x, y, batch=256):
    correct = 0
    with torch.no_grad():
        for i in range(0, len(x), batch):
            out = model(x[i:i + batch])
            correct += int((out.argmax(1) == y[i:i + batch]).sum())
    return 100.0 * correct / len(x)


def saved_size(model):
    with tempfile.NamedTemporaryFile(suffix=".pt") as f:
        torch.jit.save(model, f.name)
        return os.path.getsize(f.name)


def _ints(pattern, code):
    match = re.search(pattern, code)
    if not match:
        raise ValueError(f"unexpected layer code (no {pattern!r}):\n{code}")
    return [int(v) for v in match.groups()]


class _BasicBlock(torch.nn.Module):
    def __init__(self, conv1, bn1, conv2, bn2, downsample):
        super().__init__()
        self.conv1, self.bn1, self.conv2, self.bn2 = conv1, bn1, conv2, bn2
        self.downsample = downsample if downsample is not None else torch.nn.Identity()

    def forward(self, x):
        y = torch.relu(self.bn1(self.conv1(x)))
        y = self.bn2(self.conv2(y))
        return torch.relu(y + self.downsample(x))


class _ResNet(torch.nn.Module):
    def __init__(self, stem, layer1, layer2, pool, fc):
        super().__init__()
        self.stem, self.layer1, self.layer2, self.pool, self.fc = stem, layer1, layer2, pool, fc

    def forward(self, x):
        return self.fc(torch.flatten(self.pool(self.layer2(self.layer1(self.stem(x)))), 1))


class _Mlp(torch.nn.Module):
    def __init__(self, classifier):
        super().__init__()
        self.classifier = classifier

    def forward(self, x):
        return self.classifier(x)


class _Cnn(torch.nn.Module):
    def __init__(self, features, classifier):
        super().__init__()
        self.features, self.classifier = features, classifier

    def forward(self, x):
        return self.classifier(self.features(x))


def eager_twin(m):
    """The demo module m rebuilt from torch.nn layers with its weights (layer settings read from its code)."""
    kind = m.original_name
    children = dict(m.named_children())
    twin = lambda n: eager_twin(children[n])  # noqa: E731
    if kind == "Sequential":
        return torch.nn.Sequential(*[eager_twin(c) for _, c in sorted(children.items(), key=lambda kv: int(kv[0]))])
    if kind == "DemoMlp":
        return _Mlp(twin("classifier"))
    if kind == "DemoCnn":
        return _Cnn(twin("features"), twin("classifier"))
    if kind == "DemoResNet":
        return _ResNet(twin("stem"), twin("layer1"), twin("layer2"), twin("pool"), twin("fc"))
    if kind == "BasicBlock":
        return _BasicBlock(twin("conv1"), twin("bn1"), twin("conv2"), twin("bn2"),
                           twin("downsample") if "downsample" in children else None)
    if kind == "Conv2d":
        stride, padding, dilation = (_ints(r"conv2d\(x, weight, bias, \[(\d+), (\d+)\], \[(\d+), (\d+)\], "
                                           r"\[(\d+), (\d+)\]\)", m.code)[i:i + 2] for i in (0, 2, 4))
        w = m.weight
        layer = torch.nn.Conv2d(w.shape[1], w.shape[0], tuple(w.shape[2:]), stride, padding, dilation)
        with torch.no_grad():
            layer.weight.copy_(w)
            layer.bias.copy_(m.bias)
        return layer
    if kind == "BatchNorm2d":
        eps = float(re.search(r"batch_norm\(x, weight, bias, running_mean, running_var, training, [^,]+, ([^,]+),",
                              m.code).group(1))
        layer = torch.nn.BatchNorm2d(m.weight.shape[0], eps=eps)
        with torch.no_grad():
            for name in ("weight", "bias", "running_mean", "running_var"):
                getattr(layer, name).copy_(getattr(m, name))
        return layer
    if kind == "Linear":
        layer = torch.nn.Linear(m.weight.shape[1], m.weight.shape[0])
        with torch.no_grad():
            layer.weight.copy_(m.weight)
            layer.bias.copy_(m.bias)
        return layer
    if kind == "ReLU":
        return torch.nn.ReLU()
    if kind == "Flatten":
        return torch.nn.Flatten(1)
    if kind == "MaxPool2d":
        k, s, p, d = (_ints(r"max_pool2d\(x, \[(\d+), (\d+)\], \[(\d+), (\d+)\], \[(\d+), (\d+)\], "
                            r"\[(\d+), (\d+)\]", m.code)[i:i + 2] for i in (0, 2, 4, 6))
        return torch.nn.MaxPool2d(k, s, p, d)
    if kind == "AdaptiveAvgPool2d":
        return torch.nn.AdaptiveAvgPool2d(tuple(_ints(r"adaptive_avg_pool2d\(x, \[(\d+), (\d+)\]\)", m.code)))
    raise ValueError(f"no torch.nn twin for a {kind}")


def peer_quantize(path, name, mode, engine, calib):
    model = torch.jit.load(path).eval()
    if mode == "dynamic":
        return quantize_dynamic_jit(model, {"": default_dynamic_qconfig})
    twin = torch.jit.script(eager_twin(model).eval())
    with torch.no_grad():
        difference = float((twin(calib[:64]) - model(calib[:64])).abs().max())
    if difference > 1e-4:
        raise ValueError(f"the torch.nn twin of {name} differs from the file by {difference}")
    model = twin

    def calibrate(m, data):
        with torch.no_grad():
            for i in range(0, len(data), 64):
                m(data[i:i + 64])

    return quantize_jit(model, {"": get_default_qconfig(engine)}, calibrate, [calib])


def latencies(models, batch, repeats):
    """Median seconds per forward for each model, measured interleaved."""
    x = torch.randn(batch, 1, 28, 28)
    times = {k: [] for k in models}
    # The profiling executor re-specialises each graph for a new input shape during its first runs:
    # warm every model up on this batch shape before timing.
    # Each timed call follows an untimed call of the same model, so it does not inherit the previous
    # model's leftovers (OpenBLAS's spinning threads after a float Linear cost the next model up to
    # 0.25 ms at batch 64).
    with torch.no_grad():
        for m in models.values():
            for _ in range(20):
                m(x)
        for _ in range(repeats):
            for k, m in models.items():
                m(x)
                t = time.perf_counter()
                m(x)
                times[k].append(time.perf_counter() - t)
    return {k: statistics.median(v) for k, v in times.items()}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=os.path.join(ROOT, "build/release/app/quantscope-cli"))
    ap.add_argument("--engine", default="onednn", choices=["onednn", "qnnpack"])
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--repeats", type=int, default=30)
    ap.add_argument("--models", default="cnn,mlp,mlp:dynamic,resnet,lstm")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    torch.backends.quantized.engine = args.engine
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for entry in args.models.split(","):
            name, _, mode = entry.partition(":")
            mode = mode or ("dynamic" if name in DYNAMIC_ONLY else "static")
            path = os.path.join(ROOT, "resources/models", name + ".pt")
            if not os.path.exists(path):
                print(f"skipping {name}: {path} does not exist", file=sys.stderr)
                continue
            with open(os.path.join(ROOT, "resources/models", name + ".json")) as f:
                meta = json.load(f)
            ours_path = os.path.join(tmp, f"{name}_{mode}_int8.pt")
            cmd = [args.cli, "quantize", path, "--data", "fashion-mnist", "--calib", "512", "--sample", "first",
                   "--out", ours_path]
            plan = os.path.join(tmp, mode + ".json")
            with open(plan, "w") as f:
                json.dump({"format": "quantscope-plan", "version": 1, "engine": args.engine,
                           "defaults": {"mode": mode + "_int8"}}, f)
            cmd += ["--plan", plan]
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
            calib, _ = images("train", meta, 512)
            test_x, test_y = images("t10k", meta)
            float_model = torch.jit.load(path).eval()
            ours = torch.jit.load(ours_path).eval()
            try:
                peer = peer_quantize(path, name, mode, args.engine, calib)
                peer_error = None
            except Exception as e:  # the peer's JIT path refuses some graphs: say so in the table
                peer, peer_error = None, str(e).splitlines()[0][:80]
            acc = {"float": top1(float_model, test_x, test_y), "ours": top1(ours, test_x, test_y)}
            size = {"float": os.path.getsize(path), "ours": os.path.getsize(ours_path)}
            if peer is not None:
                acc["peer"] = top1(peer, test_x, test_y)
                size["peer"] = saved_size(peer)
            # Ours against float, and ours against the peer, each pair interleaved on its own: a
            # model timed after the float one pays for OpenBLAS's threads still spinning from the
            # float Linear, which would tilt ours/peer towards whichever runs second.
            lat = {b: latencies({"float": float_model, "ours": ours}, b, args.repeats) for b in (1, 64)}
            if peer is not None:
                for b in (1, 64):
                    pair = latencies({"ours": ours, "peer": peer}, b, args.repeats)
                    lat[b]["peer"] = pair["peer"] * lat[b]["ours"] / pair["ours"]  # ours/peer as the pair measured it
            rows.append((name, mode, acc, size, lat, peer_error))

    print(f"\nengine {args.engine}, {args.threads} threads, medians of {args.repeats} interleaved runs; "
          f"calibration: first 512 Fashion-MNIST train images; accuracy: 10 000 test images, in stock PyTorch\n")
    print("| model | mode | float top-1 | ours top-1 | peer top-1 | ours size / float | peer size / float "
          "| ours vs float, batch 1 | ours vs float, batch 64 | ours / peer latency, batch 64 |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name, mode, acc, size, lat, peer_error in rows:
        peer_acc = f"{acc['peer']:.2f} %" if "peer" in acc else f"failed: {peer_error}"
        peer_size = f"{size['peer'] / size['float']:.3f}" if "peer" in size else "-"
        vs_peer = f"{lat[64]['ours'] / lat[64]['peer']:.2f}x" if "peer" in lat[64] else "-"
        print(f"| {name} | {mode} int8 | {acc['float']:.2f} % | {acc['ours']:.2f} % "
              f"| {peer_acc} | {size['ours'] / size['float']:.3f} | {peer_size} "
              f"| {lat[1]['float'] / lat[1]['ours']:.2f}x faster | {lat[64]['float'] / lat[64]['ours']:.2f}x faster "
              f"| {vs_peer} |")
    print("\n('Nx faster' below 1.00x means int8 is slower than float on this engine.)")


if __name__ == "__main__":
    main()
