#!/usr/bin/python3
"""Reference numbers for tst_observers: what PyTorch 1.13's observers do with fixed input batches.

Run with Debian's PyTorch 1.13:  /usr/bin/python3 tests/data/make_observer_reference.py
Output: tests/data/observer_reference.json

Every input value of the small sets is stored in the file itself (as the shortest text that reads
back as the same float32), so the C++ test feeds the observers exactly the floats PyTorch saw. The
large sets (200 000 values a batch, enough for the float32 rounding in HistogramObserver's merges
to matter) would not fit: they come from a generator made of exact integer and float32 steps, which
the test repeats bit for bit (see generated_batch), and a checksum of the bits proves it did. For each input set
and each quantization config the file holds MinMaxObserver, MovingAverageMinMaxObserver and
HistogramObserver results (observer min/max, the range HistogramObserver's search chose, scale and
zero point), and HistogramObserver's histogram (min, max, 2048 bins) after every batch.

Configs below 8 bits set quant_min/quant_max and, for HistogramObserver, dst_nbins = 2 ** bits
(PyTorch keeps 256 there whatever the range; Quantscope searches with 2 ** bits levels).
"""
import json
import os

import numpy as np
import torch
from torch.ao.quantization.observer import HistogramObserver, MinMaxObserver, MovingAverageMinMaxObserver

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "observer_reference.json")
BATCH = 2000

CONFIGS = [
    # name, dtype, qscheme, reduce_range, bits
    ("quint8_affine", torch.quint8, torch.per_tensor_affine, False, 8),
    ("quint8_affine_reduce", torch.quint8, torch.per_tensor_affine, True, 8),
    ("qint8_symmetric", torch.qint8, torch.per_tensor_symmetric, False, 8),
    ("quint8_affine_4bit", torch.quint8, torch.per_tensor_affine, False, 4),
    ("qint8_symmetric_3bit", torch.qint8, torch.per_tensor_symmetric, False, 3),
]


def make_inputs(rng):
    """Named lists of batches (float32 arrays)."""
    def normal(loc, scale, n=BATCH):
        return rng.normal(loc, scale, n).astype(np.float32)

    sets = {}
    sets["normal"] = [normal(0.0, 1.0) for _ in range(4)]
    sets["uniform"] = [rng.uniform(-2.0, 3.0, BATCH).astype(np.float32) for _ in range(3)]
    sets["post_relu"] = [np.maximum(normal(0.3, 1.5), 0).astype(np.float32) for _ in range(4)]
    outliers = [normal(0.0, 0.5) for _ in range(3)]
    outliers[1][[7, 500, 1300]] = [25.0, -18.5, 31.25]
    sets["outliers"] = outliers
    # The range grows with every batch: each one is merged into a wider histogram.
    sets["growing"] = [normal(0.0, s) for s in (0.5, 1.0, 4.0, 10.0)]
    # The range shrinks after the first batch: later batches add into the same grid.
    sets["shrinking"] = [normal(0.0, 5.0)] + [normal(0.0, 1.0) for _ in range(2)]
    # |x| < 1: int(min) == int(max) == 0, so torch.histc bins each batch over its own min and max.
    sets["small_range"] = [rng.uniform(-0.4, 0.6, BATCH).astype(np.float32) for _ in range(3)]
    sets["wide"] = [rng.uniform(-300.0, 500.0, BATCH).astype(np.float32) for _ in range(2)]
    sets["positive_offset"] = [normal(3.0, 0.7) for _ in range(3)]
    # A constant first batch is dropped by HistogramObserver when the next one arrives.
    sets["constant_then_normal"] = [np.full(BATCH // 4, 1.5, dtype=np.float32), normal(0.0, 1.0, BATCH // 2)]
    sets["constant"] = [np.full(BATCH // 4, -0.75, dtype=np.float32)]
    return sets


def generated_batch(seed, count, scale, relu):
    """Triangular values on (-scale, scale), from exact integer and float32 steps:
    u_k = fmix32(k + seed * 2^24) (MurmurHash3's finaliser, mod 2^32);
    a = float32(u_{2i} >> 8) * 2^-24, b = float32(u_{2i+1} >> 8) * 2^-24 (both exact);
    x_i = ((a + b) - 1) * scale, every step rounded to float32; max(x, 0) when relu."""
    mask = np.uint64(0xFFFFFFFF)
    h = (np.arange(2 * count, dtype=np.uint64) + np.uint64(seed << 24)) & mask
    h ^= h >> np.uint64(16)
    h = (h * np.uint64(0x85EBCA6B)) & mask
    h ^= h >> np.uint64(13)
    h = (h * np.uint64(0xC2B2AE35)) & mask
    h ^= h >> np.uint64(16)
    unit = (h >> np.uint64(8)).astype(np.float32) * np.float32(2.0 ** -24)
    x = ((unit[0::2] + unit[1::2]) - np.float32(1.0)) * np.float32(scale)
    if relu:
        x = np.maximum(x, np.float32(0.0))
    return x.astype(np.float32)


def bit_checksum(values):
    """Sum of the float32 bit patterns, modulo 2^64."""
    return int(values.view(np.uint32).astype(np.uint64).sum(dtype=np.uint64))


def make_generated():
    specs = {
        "large_growing": [dict(seed=1, count=200000, scale=1.0, relu=False),
                          dict(seed=2, count=200000, scale=3.0, relu=False),
                          dict(seed=3, count=200000, scale=12.0, relu=False)],
        "large_post_relu": [dict(seed=4, count=200000, scale=2.0, relu=True),
                            dict(seed=5, count=200000, scale=1.5, relu=True),
                            dict(seed=6, count=200000, scale=7.0, relu=True)],
    }
    sets = {}
    for name, batch_specs in specs.items():
        batches = [generated_batch(**b) for b in batch_specs]
        for spec, b in zip(batch_specs, batches):
            spec["checksum"] = str(bit_checksum(b))
        sets[name] = (batches, batch_specs)
    return sets


def observer_kwargs(dtype, scheme, reduce_range, bits):
    kwargs = dict(dtype=dtype, qscheme=scheme, reduce_range=reduce_range)
    if bits < 8:
        if dtype == torch.quint8:
            kwargs.update(quant_min=0, quant_max=2 ** bits - 1)
        else:
            kwargs.update(quant_min=-(2 ** (bits - 1)), quant_max=2 ** (bits - 1) - 1)
    return kwargs



def f32(v):
    """Shortest decimal text that reads back as the same float32."""
    return float(np.format_float_positional(np.float32(v), unique=True, trim="-"))


def g7(v):
    return float("%.9g" % v)


def run_set(batches, generated=None):
    result = {"configs": {}}
    if generated is None:
        result["batches"] = [[f32(v) for v in b] for b in batches]
    else:
        result["generated_batches"] = generated
    hist_steps = None
    for name, dtype, scheme, reduce_range, bits in CONFIGS:
        kwargs = observer_kwargs(dtype, scheme, reduce_range, bits)
        minmax = MinMaxObserver(**kwargs)
        moving = MovingAverageMinMaxObserver(**kwargs)
        hist = HistogramObserver(**kwargs)
        if bits < 8:
            hist.dst_nbins = 2 ** bits
        steps = []
        for b in batches:
            x = torch.from_numpy(b)
            minmax(x)
            moving(x)
            hist(x)
            steps.append({"min": f32(hist.min_val), "max": f32(hist.max_val),
                          "bins": [g7(v) for v in hist.histogram.tolist()]})
        if hist_steps is None:
            hist_steps = steps
        else:  # the histogram does not depend on the config
            assert all(a["min"] == b["min"] and a["max"] == b["max"] for a, b in zip(steps, hist_steps))
        new_min, new_max = hist._non_linear_param_search()
        hs, hz = hist.calculate_qparams()
        entry = {
            "bits": bits,
            "minmax": {"min": f32(minmax.min_val), "max": f32(minmax.max_val)},
            "moving_average": {"min": f32(moving.min_val), "max": f32(moving.max_val)},
            "histogram": {"min": f32(new_min), "max": f32(new_max)},
        }
        for key, obs in (("minmax", minmax), ("moving_average", moving)):
            s, z = obs.calculate_qparams()
            entry[key].update(scale=float(s.reshape(-1)[0]), zero_point=int(z.reshape(-1)[0]))
        entry["histogram"].update(scale=float(hs.reshape(-1)[0]), zero_point=int(hz.reshape(-1)[0]))
        result["configs"][name] = entry
    result["histogram_steps"] = hist_steps
    return result


def main():
    torch.set_num_threads(1)
    rng = np.random.default_rng(20261128)
    sets = make_inputs(rng)
    reference = {
        "generator": "tests/data/make_observer_reference.py",
        "torch_version": torch.__version__,
        "averaging_constant": 0.01,
        "histogram_bins": 2048,
        "configs": [{"name": n, "dtype": str(d).replace("torch.", ""),
                     "scheme": "symmetric" if s == torch.per_tensor_symmetric else "affine",
                     "reduce_range": r, "bits": b} for n, d, s, r, b in CONFIGS],
        "sets": {name: run_set(batches) for name, batches in sets.items()},
    }
    for name, (batches, specs) in make_generated().items():
        reference["sets"][name] = run_set(batches, specs)
    with open(OUT, "w") as f:
        json.dump(reference, f, separators=(",", ":"))
        f.write("\n")
    print(f"wrote {OUT}: {os.path.getsize(OUT) / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
