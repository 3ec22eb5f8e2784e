#!/usr/bin/python3
"""Loads a Quantscope export in stock PyTorch 1.13 (no Quantscope code), runs it on inputs a test
wrote, and reports the qparams stored inside the model, so the test can compare both with what
Quantscope says.

usage: /usr/bin/python3 run_exported_model.py MODEL ENGINE INPUTS.bin N,C,H,W OUTPUTS.bin REPORT.json

INPUTS.bin / OUTPUTS.bin: raw little-endian float32, row-major. REPORT.json:
  {"weights": {attribute: {"scales": [...], "zero_points": [...]} or {"scale": s, "zero_point": z}},
   "ops": [{"kind": "quantized::conv2d_relu", "packed": attribute or null, "scale": s, "zero_point": z}],
   "quantize": [{"scale": s, "zero_point": z}] (each quantization of a float tensor), "kinds": [every node kind of the graph and its blocks, sorted]}
"""
import json
import sys

import torch


def constant(value):
    return value.toIValue() if value.node().kind() == "prim::Constant" else None


def all_nodes(block):
    """The nodes of a graph or block and, depth first, of the blocks inside them (an if's branches)."""
    for node in block.nodes():
        yield node
        for inner in node.blocks():
            yield from all_nodes(inner)


def main():
    model_path, engine, inputs_path, shape, outputs_path, report_path = sys.argv[1:7]
    torch.backends.quantized.engine = engine  # packed weights are repacked for this engine on load
    model = torch.jit.load(model_path)
    model.eval()
    with open(inputs_path, "rb") as f:
        x = torch.frombuffer(bytearray(f.read()), dtype=torch.float32)
    x = x.reshape([int(d) for d in shape.split(",")])
    with torch.no_grad():
        y = model(x)
    while isinstance(y, (tuple, list)):
        y = y[0]
    with open(outputs_path, "wb") as f:
        f.write(y.contiguous().float().numpy().tobytes())

    weights, ops, quantize = {}, [], []
    for node in model.graph.nodes():
        kind = node.kind()
        if kind == "prim::GetAttr":
            name = node.s("name")
            value = getattr(model, name)
            if hasattr(value, "unpack") and name not in weights:
                w = value.unpack()[0]
                if w.qscheme() in (torch.per_channel_affine, torch.per_channel_symmetric):
                    weights[name] = {"scales": w.q_per_channel_scales().tolist(),
                                     "zero_points": w.q_per_channel_zero_points().tolist(),
                                     "axis": w.q_per_channel_axis()}
                else:
                    weights[name] = {"scale": w.q_scale(), "zero_point": w.q_zero_point()}
        elif kind == "aten::quantize_per_tensor" or (
                kind == "aten::_make_per_tensor_quantized_tensor" and node.inputsAt(0).node().kind() == "aten::to"):
            # Quantscope writes quantize_per_tensor as float ops ending in .to(uint8) (see Uint8Lowering.h).
            quantize.append({"scale": constant(node.inputsAt(1)), "zero_point": constant(node.inputsAt(2))})
        elif kind.startswith("quantized::") and kind not in ("quantized::linear_dynamic",):
            inputs = list(node.inputs())
            packed = inputs[1].node().s("name") if inputs[1].node().kind() == "prim::GetAttr" else None
            ops.append({"kind": kind, "packed": packed, "scale": constant(inputs[2]),
                        "zero_point": constant(inputs[3])})
    with open(report_path, "w") as f:
        json.dump({"weights": weights, "ops": ops, "quantize": quantize,
                   "kinds": sorted({node.kind() for node in all_nodes(model.graph)})}, f)


if __name__ == "__main__":
    main()
