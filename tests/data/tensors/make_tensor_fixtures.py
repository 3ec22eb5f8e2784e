#!/usr/bin/python3
"""Writes the tensor-file fixtures for tst_dataset and tst_cli_data with stock PyTorch (Debian's
python3-torch 1.13: run with /usr/bin/python3). The accepted form is the one the README documents:

    torch.save({"inputs": x, "labels": y}, path)

plus files that are deliberately not in that form, each of which Quantscope must refuse clearly."""
import os

import torch

here = os.path.dirname(os.path.abspath(__file__))


def save(name, obj):
    torch.save(obj, os.path.join(here, name))


g = torch.Generator().manual_seed(0)
x = torch.rand(12, 1, 28, 28, generator=g)
y = torch.arange(12) % 3
save("good.pt", {"inputs": x, "labels": y, "classes": ["zero", "one", "two"]})
save("pixels_uint8.pt", {"inputs": (x * 255).round().to(torch.uint8), "labels": y.to(torch.int32)})
# LibTorch 1.13 cannot read a one-entry dict (Python pickles it with SETITEM): unlabelled data says "labels": None.
save("unlabelled.pt", {"inputs": x[:5].clone(), "labels": None})
save("one_entry.pt", {"inputs": x[:5].clone()})
save("rgb32.pt", {"inputs": torch.rand(4, 3, 32, 32, generator=g), "labels": torch.tensor([0, 1, 2, 3])})
# Bad ones.
save("no_inputs.pt", {"images": x, "labels": y})
save("bare_tensor.pt", x)
save("label_count.pt", {"inputs": x, "labels": y[:10].clone()})
save("float_labels.pt", {"inputs": x, "labels": y.float()})
torch.save({"inputs": x[:2].clone(), "labels": y[:2].clone()}, os.path.join(here, "legacy_format.pt"),
           _use_new_zipfile_serialization=False)

# The first 200 Fashion-MNIST test images as the tensor file a user would write, for the CLI test.
try:
    import gzip
    import numpy as np
    src = "/usr/share/datasets/fashion-mnist"
    with gzip.open(os.path.join(src, "t10k-images-idx3-ubyte.gz")) as f:
        images = np.frombuffer(f.read(), np.uint8, offset=16)[: 200 * 784].reshape(200, 1, 28, 28)
    with gzip.open(os.path.join(src, "t10k-labels-idx1-ubyte.gz")) as f:
        labels = np.frombuffer(f.read(), np.uint8, offset=8)[:200]
    # uint8 pixels: Quantscope scales them to [0, 1] itself.
    save("fashion200.pt", {"inputs": torch.from_numpy(images.copy()),
                           "labels": torch.from_numpy(labels.astype(np.int64))})
except FileNotFoundError:
    print("dataset-fashion-mnist is not installed: fashion200.pt not written")
