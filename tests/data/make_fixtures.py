#!/usr/bin/python3
"""Writes the PyTorch-made fixtures the tests read, and the reference numbers PyTorch computes for them.

Run with Debian's PyTorch 1.13:  /usr/bin/python3 tests/data/make_fixtures.py
Output: tests/data/models/*.pt (scripted and traced models, plus files that are *not* TorchScript)
        (only the conv1d/GRU fixture: /usr/bin/python3 -c "import make_fixtures; make_fixtures.save_conv_gru()";
        the addmm/matmul one: ... make_fixtures.save_matmul_mlp();
        the view / if-branch / training-mode ones: ... make_fixtures.save_graph_cases();
        the two-input and single-logit ones: ... make_fixtures.save_io_cases())
        tests/data/qparams_reference.json (MinMaxObserver / PerChannelMinMaxObserver results)
"""
import json
import os

import torch
import torch.nn as nn
from torch.ao.quantization.observer import MinMaxObserver, PerChannelMinMaxObserver

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "models")
torch.manual_seed(20261128)


class SmallCnn(nn.Module):
    """conv-bn-relu-pool twice, then two linear layers (the shape of the demo CNN)."""

    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(1, 8, 3, padding=1), nn.BatchNorm2d(8), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(8, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2))
        self.classifier = nn.Sequential(nn.Flatten(), nn.Linear(16 * 7 * 7, 32), nn.ReLU(), nn.Linear(32, 10))

    def forward(self, x):
        return self.classifier(self.features(x))


class Mlp(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(784, 64)
        self.fc2 = nn.Linear(64, 32)
        self.out = nn.Linear(32, 10)

    def forward(self, x):
        x = torch.flatten(x, 1)
        return self.out(torch.relu(self.fc2(torch.relu(self.fc1(x)))))


class LstmNet(nn.Module):
    """The image's rows as a sequence."""

    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(28, 32, batch_first=True)
        self.fc = nn.Linear(32, 10)

    def forward(self, x):
        y, _ = self.lstm(x.view(x.size(0), 28, 28))
        return self.fc(y[:, -1])


class Block(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.conv1 = nn.Conv2d(c, c, 3, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(c)
        self.conv2 = nn.Conv2d(c, c, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(c)

    def forward(self, x):
        y = torch.relu(self.bn1(self.conv1(x)))
        return torch.relu(self.bn2(self.conv2(y)) + x)


class ResidualNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.stem = nn.Conv2d(1, 8, 3, padding=1)
        self.block = Block(8)
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(8, 10)

    def forward(self, x):
        x = self.block(torch.relu(self.stem(x)))
        return self.fc(torch.flatten(self.pool(x), 1))


class SequenceNet(nn.Module):
    """Embedding, Conv1d and GRU: the other layer kinds a loader must find."""

    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(100, 16)
        self.conv = nn.Conv1d(16, 24, 3, padding=1)
        self.gru = nn.GRU(24, 20, batch_first=True)
        self.head = nn.Linear(20, 4)

    def forward(self, tokens):
        x = self.embed(tokens).transpose(1, 2)
        x = torch.relu(self.conv(x)).transpose(1, 2)
        y, _ = self.gru(x)
        return self.head(y[:, -1])


class ConvGruNet(nn.Module):
    """Conv1d and GRU on images: the 28 rows as channels of a 28-step signal, then its steps as a sequence."""

    def __init__(self):
        super().__init__()
        self.conv = nn.Conv1d(28, 24, 3, padding=1)
        self.gru = nn.GRU(24, 20, batch_first=True)
        self.fc = nn.Linear(20, 10)

    def forward(self, x):
        x = torch.relu(self.conv(x.view(x.size(0), 28, 28)))
        y, _ = self.gru(x.transpose(1, 2))
        return self.fc(y[:, -1])


def save_conv_gru():
    """convgru_{scripted,traced}.pt, from a seed of its own so the other fixtures stay as they were."""
    torch.manual_seed(20261129)
    save_both("convgru", ConvGruNet(), torch.randn(2, 1, 28, 28))


class AddmmLinear(nn.Module):
    def __init__(self, inputs, outputs):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(outputs, inputs) / inputs ** 0.5)
        self.bias = nn.Parameter(torch.randn(outputs) * 0.1)

    def forward(self, x):
        return torch.addmm(self.bias, x, self.weight.t())


class MatmulLinear(nn.Module):
    def __init__(self, inputs, outputs):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(outputs, inputs) / inputs ** 0.5)

    def forward(self, x):
        return torch.matmul(x, self.weight.t())


class MatmulMlp(nn.Module):
    """Linear layers written as matrix products (aten::addmm, aten::matmul), as hand-written models have them."""

    def __init__(self):
        super().__init__()
        self.fc1 = AddmmLinear(784, 64)
        self.fc2 = MatmulLinear(64, 10)

    def forward(self, x):
        return self.fc2(torch.relu(self.fc1(torch.flatten(x, 1))))


def save_matmul_mlp():
    """matmul_{scripted,traced}.pt, from a seed of its own so the other fixtures stay as they were."""
    torch.manual_seed(20261130)
    save_both("matmul", MatmulMlp(), torch.randn(2, 1, 28, 28))


class PoolViewNet(nn.Module):
    """conv-relu-pool, then x.view(x.size(0), -1) as in PyTorch's CIFAR tutorial: the view follows a
    tensor that quantized kernels write channels-last."""

    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 8, 3, padding=1)
        self.pool = nn.MaxPool2d(2, 2)
        self.fc = nn.Linear(8 * 14 * 14, 10)

    def forward(self, x):
        x = self.pool(torch.relu(self.conv(x)))
        return self.fc(x.view(x.size(0), -1))


class InvertedResidual(nn.Module):
    """torchvision MobileNetV2's block: the residual add only when a module attribute says so."""

    def __init__(self, channels, use_res):
        super().__init__()
        self.use_res = use_res
        self.conv = nn.Sequential(
            nn.Conv2d(channels, channels * 2, 1), nn.BatchNorm2d(channels * 2), nn.ReLU6(),
            nn.Conv2d(channels * 2, channels * 2, 3, padding=1, groups=channels * 2), nn.ReLU6(),
            nn.Conv2d(channels * 2, channels, 1))

    def forward(self, x):
        if self.use_res:
            return x + self.conv(x)
        else:
            return self.conv(x)


class BranchyNet(nn.Module):
    """Layers inside if-branches decided by module attributes (scripted, the branches stay in the graph)."""

    def __init__(self):
        super().__init__()
        self.stem = nn.Conv2d(1, 8, 3, stride=2, padding=1)
        self.blocks = nn.Sequential(InvertedResidual(8, True), InvertedResidual(8, False))
        self.fc = nn.Linear(8, 10)

    def forward(self, x):
        x = self.blocks(torch.relu(self.stem(x)))
        return self.fc(torch.flatten(nn.functional.adaptive_avg_pool2d(x, 1), 1))


def save_graph_cases():
    """poolview_{scripted,traced}.pt, branchy_{scripted,traced}.pt, and a CNN saved in training mode:
    bn_train_traced.pt (batch norm on batch statistics, refused) and bn_train_scripted.pt (run as
    after eval(), with a warning). Their own seed, so the other fixtures stay as they were."""
    torch.manual_seed(20261130)
    image = torch.randn(2, 1, 28, 28)
    save_both("poolview", PoolViewNet(), image)
    save_both("branchy", BranchyNet(), image)
    training = randomize_batchnorm(SmallCnn()).train()
    torch.jit.trace(training, image).save(os.path.join(OUT, "bn_train_traced.pt"))
    torch.jit.script(training).save(os.path.join(OUT, "bn_train_scripted.pt"))


class TwoInputs(nn.Module):
    """forward(x, y): Quantscope feeds one tensor, so it can inspect this model but not run it."""

    def __init__(self):
        super().__init__()
        self.a = nn.Linear(784, 10)
        self.b = nn.Linear(784, 10)

    def forward(self, x, y):
        return self.a(torch.flatten(x, 1)) + self.b(torch.flatten(y, 1))


class SingleLogit(nn.Module):
    """A binary classifier with one score per sample: top-1 and agreement mean nothing for it."""

    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(784, 1)

    def forward(self, x):
        return self.fc(torch.flatten(x, 1))


def save_io_cases():
    """two_inputs_scripted.pt and single_logit_traced.pt, from a seed of their own."""
    torch.manual_seed(20261131)
    torch.jit.script(TwoInputs().eval()).save(os.path.join(OUT, "two_inputs_scripted.pt"))
    torch.jit.trace(SingleLogit().eval(), torch.randn(2, 1, 28, 28)).save(os.path.join(OUT, "single_logit_traced.pt"))


class NoLayers(nn.Module):
    def forward(self, x):
        return torch.relu(x) * 2.0


def randomize_batchnorm(model):
    """Give batch norms non-trivial statistics, as a trained model has."""
    for m in model.modules():
        if isinstance(m, nn.BatchNorm2d):
            m.running_mean.uniform_(-0.5, 0.5)
            m.running_var.uniform_(0.5, 2.0)
            m.weight.data.uniform_(0.5, 1.5)
            m.bias.data.uniform_(-0.2, 0.2)
    return model


def save_both(name, model, example):
    model = randomize_batchnorm(model).eval()
    torch.jit.script(model).save(os.path.join(OUT, f"{name}_scripted.pt"))
    torch.jit.trace(model, example).save(os.path.join(OUT, f"{name}_traced.pt"))
    return model


def qparams_of(tensor):
    """What PyTorch's own observers give for a weight tensor."""
    result = {}
    for label, dtype, scheme, reduce_range in [
            ("per_tensor_affine_quint8", torch.quint8, torch.per_tensor_affine, False),
            ("per_tensor_affine_quint8_reduce", torch.quint8, torch.per_tensor_affine, True),
            ("per_tensor_affine_qint8", torch.qint8, torch.per_tensor_affine, False),
            ("per_tensor_symmetric_qint8", torch.qint8, torch.per_tensor_symmetric, False),
            ("per_tensor_symmetric_qint8_reduce", torch.qint8, torch.per_tensor_symmetric, True),
            ("per_tensor_symmetric_quint8", torch.quint8, torch.per_tensor_symmetric, False)]:
        obs = MinMaxObserver(dtype=dtype, qscheme=scheme, reduce_range=reduce_range)
        obs(tensor)
        s, z = obs.calculate_qparams()
        result[label] = {"scale": float(s), "zero_point": int(z)}
    for label, dtype, scheme in [
            ("per_channel_symmetric_qint8", torch.qint8, torch.per_channel_symmetric),
            ("per_channel_affine_qint8", torch.qint8, torch.per_channel_affine),
            ("per_channel_affine_quint8", torch.quint8, torch.per_channel_affine)]:
        obs = PerChannelMinMaxObserver(ch_axis=0, dtype=dtype, qscheme=scheme)
        obs(tensor)
        s, z = obs.calculate_qparams()
        result[label] = {"scales": [float(v) for v in s], "zero_points": [int(v) for v in z]}
    return result


def main():
    os.makedirs(OUT, exist_ok=True)
    image = torch.randn(2, 1, 28, 28)
    models = {
        "cnn": save_both("cnn", SmallCnn(), image),
        "mlp": save_both("mlp", Mlp(), image),
        "lstm": save_both("lstm", LstmNet(), image),
        "residual": save_both("residual", ResidualNet(), image),
        "sequence": save_both("sequence", SequenceNet(), torch.randint(0, 100, (2, 12))),
    }
    torch.jit.script(NoLayers()).save(os.path.join(OUT, "no_layers.pt"))

    # Files that are not TorchScript models.
    cnn = models["cnn"]
    torch.save(cnn.state_dict(), os.path.join(OUT, "state_dict.pt"))
    torch.save(cnn, os.path.join(OUT, "pickled_module.pt"))
    torch.save(cnn.state_dict(), os.path.join(OUT, "state_dict_legacy.pt"), _use_new_zipfile_serialization=False)

    # A model whose weights hold NaN and Inf.
    broken = Mlp().eval()
    with torch.no_grad():
        broken.fc1.weight[0, 0] = float("nan")
        broken.fc1.weight[1, 1] = float("inf")
        broken.out.weight[2, 3] = float("-inf")
    torch.jit.script(broken).save(os.path.join(OUT, "nan_weights.pt"))

    # Reference qparams: every weight tensor of the fixture models, plus edge cases.
    reference = {"torch_version": torch.__version__, "weights": {}, "cases": []}
    for name, model in models.items():
        for pname, p in model.named_parameters():
            if pname.endswith("weight") or "weight_" in pname:
                if p.dim() < 2:
                    continue  # batch norm scale, not a layer weight
                t = p.detach()
                reference["weights"][f"{name}/{pname}"] = {
                    "min": float(t.min()), "max": float(t.max()),
                    "mean": float(t.mean()), "std": float(t.std(unbiased=False)),
                    "qparams": qparams_of(t)}
    for label, values in [
            ("all_positive", [0.5, 1.0, 2.0, 3.7]),
            ("all_negative", [-3.2, -1.0, -0.25]),
            ("zeros", [0.0, 0.0, 0.0]),
            ("tiny_range", [1e-12, 2e-12]),
            ("asymmetric", [-0.3, 0.1, 2.9]),
            ("blog_example", [-1.0, 0.1, 1.5])]:
        t = torch.tensor([values])
        reference["cases"].append({"name": label, "values": values, "qparams": qparams_of(t)})
    with open(os.path.join(HERE, "qparams_reference.json"), "w") as f:
        json.dump(reference, f, indent=1)
    save_conv_gru()
    save_matmul_mlp()
    save_graph_cases()
    save_io_cases()


if __name__ == "__main__":
    main()
