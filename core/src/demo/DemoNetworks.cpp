#include "demo/DemoNetworks.h"

#include "quantscope/Error.h"

#include "demo/DemoModules.h"
#include "model/TorchScriptSource.h"

namespace qs {

namespace {

DemoNetwork cnn()
{
    DemoModules b;
    torch::jit::Module root = b.module("DemoCnn");
    root.register_module("features", b.sequential({b.conv2d(1, 16, 3, 1, 1), b.batchNorm2d(16), b.relu(), b.maxPool2d(2),
                                                   b.conv2d(16, 32, 3, 1, 1), b.batchNorm2d(32), b.relu(), b.maxPool2d(2)}));
    root.register_module("classifier", b.sequential({b.flatten(), b.linear(32 * 7 * 7, 128), b.relu(), b.linear(128, 10)}));
    defineTorchScript(root, "def forward(self, x):\n    return self.classifier.forward(self.features.forward(x))\n");
    DemoRecipe r;
    r.title = "Small CNN";
    r.description = "Two conv-batchnorm-relu-maxpool stages (16 and 32 channels) and two linear layers, trained on "
                    "Fashion-MNIST. The batch norms fold into the convs when quantized.";
    r.epochs = 6;
    r.learningRate = 2e-3;
    return {root, r};
}

DemoNetwork mlp()
{
    DemoModules b;
    torch::jit::Module root = b.module("DemoMlp");
    root.register_module("classifier", b.sequential({b.flatten(), b.linear(784, 512), b.relu(), b.linear(512, 256), b.relu(),
                                                     b.linear(256, 10)}));
    defineTorchScript(root, "def forward(self, x):\n    return self.classifier.forward(x)\n");
    DemoRecipe r;
    r.title = "MLP 784-512-256-10";
    r.description = "Three linear layers with ReLU on the flattened 28x28 image: nearly all weights sit in Linear layers, "
                    "the case dynamic int8 quantization was made for.";
    r.epochs = 6;
    return {root, r};
}

DemoNetwork resnet()
{
    DemoModules b;
    torch::jit::Module root = b.module("DemoResNet");
    root.register_module("stem", b.sequential({b.conv2d(1, 32, 3, 1, 1), b.batchNorm2d(32), b.relu(), b.maxPool2d(2)}));
    root.register_module("layer1", b.basicBlock(32, 32, 1));
    root.register_module("layer2", b.basicBlock(32, 64, 2));
    // Pooling to 2x2 rather than 1x1 keeps where on the garment a feature is (sleeves, collars): a
    // global pool over this shallow a net cost about 1.5 points in trials (90.5 % with 24/48 channels).
    root.register_module("pool", b.adaptiveAvgPool2d(2));
    root.register_module("fc", b.linear(64 * 2 * 2, 10));
    defineTorchScript(root, "def forward(self, x):\n"
                            "    x = self.stem.forward(x)\n"
                            "    x = self.layer2.forward(self.layer1.forward(x))\n"
                            "    x = torch.flatten(self.pool.forward(x), 1, -1)\n"
                            "    return self.fc.forward(x)\n");
    DemoRecipe r;
    r.title = "Small ResNet";
    r.description = "A conv stem and two residual basic blocks (skip additions, a strided 1x1 downsample), adaptive "
                    "average pooling to 2x2 and one linear layer: the adds need their own output scale when quantized.";
    r.epochs = 6;
    r.learningRate = 2e-3;
    return {root, r};
}

DemoNetwork lstm()
{
    DemoModules b;
    torch::jit::Module root = b.module("DemoLstm");
    root.register_module("lstm", b.lstm(28, 128));
    root.register_module("fc", b.linear(128, 10));
    // The image's 28 rows are the sequence; the last step's hidden state is classified.
    defineTorchScript(root, "def forward(self, x):\n"
                            "    x = x.reshape([x.size(0), x.size(-2), x.size(-1)])\n"
                            "    out = self.lstm.forward(x)\n"
                            "    return self.fc.forward(out.select(1, -1))\n");
    DemoRecipe r;
    r.title = "Row LSTM";
    r.description = "Reads the image row by row (28 steps of 28 pixels) with an LSTM of 128 hidden units, then one "
                    "linear layer: the recurrent case, quantized dynamically.";
    r.epochs = 5;
    r.learningRate = 2e-3;
    return {root, r};
}

} // namespace

const std::vector<std::string> &demoNetworkNames()
{
    static const std::vector<std::string> names{"cnn", "lstm", "mlp", "resnet"};
    return names;
}

DemoNetwork buildDemoNetwork(const std::string &name)
{
    if (name == "cnn")
        return cnn();
    if (name == "mlp")
        return mlp();
    if (name == "resnet")
        return resnet();
    if (name == "lstm")
        return lstm();
    throw Error("there is no demo called '" + name + "'; the demos are cnn, lstm, mlp and resnet");
}

} // namespace qs
