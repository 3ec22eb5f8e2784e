#include "quantscope/DemoTrainer.h"

#include "quantscope/DataSpec.h"
#include "quantscope/Error.h"

#include "data/DatasetTensors.h"
#include "demo/DemoNetworks.h"
#include "eval/ModuleAccuracy.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <chrono>
#include <cmath>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <sstream>

namespace qs {

namespace {

namespace fs = std::filesystem;

double round4(double v)
{
    return std::round(v * 10000.0) / 10000.0;
}

std::string utcNow()
{
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    std::ostringstream s;
    s << std::put_time(&tm, "%Y-%m-%dT%H:%M:%SZ");
    return s.str();
}

// Mean and std of the train pixels scaled to [0, 1]: the normalisation the demo is trained with.
Normalization pixelStatistics(const Dataset &train)
{
    const torch::Tensor x = inputBatch(train, 0, train.size());
    const auto [sd, mean] = torch::std_mean(x.to(torch::kDouble), /*unbiased=*/false);
    return {{float(round4(mean.item<double>()))}, {float(round4(sd.item<double>()))}};
}

// Random horizontal flips, per image: a garment mirrored is the same garment.
torch::Tensor randomFlips(const torch::Tensor &x)
{
    const torch::Tensor flip = (torch::rand({x.size(0)}) < 0.5).view({-1, 1, 1, 1});
    return torch::where(flip, x.flip({3}), x).contiguous();
}

void writeThroughTemporary(const fs::path &target, const std::function<void(const std::string &)> &write)
{
    const fs::path tmp = target.string() + ".tmp";
    write(tmp.string());
    std::error_code ec;
    fs::rename(tmp, target, ec);
    if (ec) {
        fs::remove(tmp, ec);
        throw Error("cannot write " + target.string() + ": " + ec.message());
    }
}

} // namespace

std::vector<std::string> demoNames()
{
    return demoNetworkNames();
}

DemoInfo trainDemo(const std::string &name, const DemoTrainingOptions &options, const Progress &progress)
{
    if (options.outDir.empty())
        throw Error("train-demo needs an output folder (--out DIR)");
    std::error_code ec;
    fs::create_directories(options.outDir, ec);
    if (!fs::is_directory(options.outDir, ec))
        throw Error("cannot create the output folder " + options.outDir);
    if (locateFashionMnist().usingSample)
        throw Error("training a demo needs the Fashion-MNIST train split: install it with "
                    "'sudo apt-get install dataset-fashion-mnist'");
    if (options.threads > 0)
        at::set_num_threads(options.threads);

    torch::manual_seed(options.seed);
    DemoNetwork net = buildDemoNetwork(name);
    DemoRecipe recipe = net.recipe;
    if (options.epochs > 0)
        recipe.epochs = options.epochs;

    progress.report(0.0, "Reading Fashion-MNIST");
    const auto trainRaw = loadFashionMnist(true);
    const Normalization norm = pixelStatistics(*trainRaw);
    const auto train = trainRaw->withNormalization(norm);
    const auto test = loadFashionMnist(false)->withNormalization(norm);

    torch::jit::Module &module = net.module;
    std::vector<torch::Tensor> params;
    for (const auto &p : module.parameters())
        params.push_back(p);
    torch::optim::Adam optimizer(params, torch::optim::AdamOptions(recipe.learningRate));

    const auto start = std::chrono::steady_clock::now();
    const auto batch = std::size_t(recipe.batchSize);
    const std::size_t batchesPerEpoch = train->batchCount(batch);
    const std::size_t totalSteps = batchesPerEpoch * std::size_t(recipe.epochs);
    std::size_t step = 0;
    std::vector<double> epochLoss;
    module.train();
    for (int epoch = 0; epoch < recipe.epochs; ++epoch) {
        const auto order = train->randomSubset(train->size(), options.seed * 1000 + std::uint64_t(epoch));
        double lossSum = 0.0;
        for (std::size_t b = 0; b < batchesPerEpoch; ++b, ++step) {
            progress.throwIfCancelled();
            // Cosine annealing from the recipe's rate to zero, per step.
            const double lr = recipe.learningRate * 0.5 * (1.0 + std::cos(M_PI * double(step) / double(totalSteps)));
            for (auto &group : optimizer.param_groups())
                static_cast<torch::optim::AdamOptions &>(group.options()).lr(lr);
            TensorBatch tb = tensorBatch(*order, b * batch, batch);
            if (recipe.flipAugment)
                tb.inputs = randomFlips(tb.inputs);
            const torch::Tensor logits = module.forward({tb.inputs}).toTensor();
            const torch::Tensor loss = torch::nn::functional::cross_entropy(logits, tb.labels);
            optimizer.zero_grad();
            loss.backward();
            optimizer.step();
            lossSum += loss.item<double>();
            if (b % 20 == 0)
                progress.report(double(step) / double(totalSteps),
                                "epoch " + std::to_string(epoch + 1) + "/" + std::to_string(recipe.epochs) + ", batch "
                                    + std::to_string(b + 1) + "/" + std::to_string(batchesPerEpoch) + ", loss "
                                    + std::to_string(lossSum / double(b + 1)));
        }
        epochLoss.push_back(lossSum / double(batchesPerEpoch));
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    module.eval();
    progress.report(1.0, "Measuring test accuracy");
    const AccuracyResult acc = moduleAccuracy(module, *test, 500);

    const fs::path dir(options.outDir);
    const fs::path modelPath = dir / (name + ".pt");
    const fs::path jsonPath = dir / (name + ".json");
    for (auto &p : params)
        p.set_requires_grad(false);
    writeThroughTemporary(modelPath, [&module](const std::string &tmp) { module.save(tmp); });

    std::int64_t paramCount = 0;
    for (const auto &p : params)
        paramCount += p.numel();
    nlohmann::json perClass = nlohmann::json::object();
    for (std::size_t c = 0; c < acc.perClassSamples.size(); ++c)
        perClass[test->classNames()[c]] = round4(acc.classAccuracy(c));
    std::ostringstream recipeText;
    recipeText << "Adam, learning rate " << recipe.learningRate << " cosine-annealed to 0, " << recipe.epochs
               << " epochs, batch " << recipe.batchSize << ", cross-entropy"
               << (recipe.flipAugment ? ", random horizontal flips" : "");
    const nlohmann::json meta{
        {"name", name},
        {"title", recipe.title},
        {"description", recipe.description},
        {"model_file", name + ".pt"},
        {"dataset", "fashion-mnist"},
        {"input_shape", {1, 1, 28, 28}},
        {"normalization", {{"mean", {round4(norm.mean.front())}}, {"std", {round4(norm.std.front())}}, {"note", "pixels scaled to [0, 1], then (x - mean) / std"}}},
        {"class_names", test->classNames()},
        {"test_accuracy", round4(acc.top1)},
        {"test_images", acc.samples},
        {"per_class_accuracy", perClass},
        {"parameters", paramCount},
        {"training",
         {{"recipe", recipeText.str()},
          {"optimizer", "Adam"},
          {"learning_rate", recipe.learningRate},
          {"schedule", "cosine to 0 per step"},
          {"epochs", recipe.epochs},
          {"batch_size", recipe.batchSize},
          {"augmentation", recipe.flipAugment ? "random horizontal flip" : "none"},
          {"train_images", train->size()},
          {"epoch_loss", epochLoss},
          {"seed", options.seed},
          {"threads", at::get_num_threads()},
          {"seconds", std::round(seconds * 10.0) / 10.0},
          {"trained_at", utcNow()},
          {"trained_with", "quantscope-cli train-demo " + name + " (LibTorch " TORCH_VERSION ")"}}},
    };
    writeThroughTemporary(jsonPath, [&meta](const std::string &tmp) {
        std::ofstream out(tmp);
        out << meta.dump(2) << '\n';
        if (!out)
            throw Error("cannot write " + tmp);
    });
    return DemoCatalog::readMetadata(jsonPath.string());
}

} // namespace qs
