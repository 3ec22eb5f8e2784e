#include "LoadedModel.h"

LoadedModel LoadedModel::load(const QString &argument)
{
    const std::string a = argument.toStdString();
    LoadedModel m;
    m.demo = qs::DemoCatalog::isDemoReference(a) ? std::optional(qs::DemoCatalog::find(a.substr(5))) : qs::DemoCatalog::metadataFor(a);
    m.model = qs::Model::load(qs::DemoCatalog::resolveModelPath(a));
    m.model->requireRunnable(); // every command that loads a model this way runs it; say why not before reading data
    return m;
}
