#include "PlotSaving.h"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPixmap>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <cstdio>

namespace qs::ui {

namespace {

struct SavingText
{
    Q_DECLARE_TR_FUNCTIONS(qs::ui::PlotSaving)
};

QString savePdf(QCustomPlot *plot, const QString &path)
{
    // QCustomPlot writes the PDF by name: into a temporary file beside the target, then renamed over it.
    const QFileInfo target(path);
    QTemporaryFile temporary(target.absolutePath() + QStringLiteral("/.") + target.fileName() + QStringLiteral(".XXXXXX"));
    if (!temporary.open())
        return SavingText::tr("cannot write in %1: %2").arg(target.absolutePath(), temporary.errorString());
    const QString temporaryName = temporary.fileName();
    temporary.close();
    if (!plot->savePdf(temporaryName) || QFileInfo(temporaryName).size() == 0)
        return SavingText::tr("the PDF could not be written (is the disk full?)");
    if (std::rename(QFile::encodeName(temporaryName).constData(), QFile::encodeName(path).constData()) != 0)
        return SavingText::tr("could not replace %1").arg(path);
    temporary.setAutoRemove(false); // renamed: nothing left to remove
    return {};
}

} // namespace

QString savePlot(QCustomPlot *plot, const QString &path)
{
    if (QFileInfo(path).suffix().compare(QStringLiteral("pdf"), Qt::CaseInsensitive) == 0)
        return savePdf(plot, path);
    const QPixmap pixmap = plot->toPixmap(plot->width(), plot->height(), 2.0);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    if (!pixmap.save(&file, "PNG"))
        return file.error() != QFileDevice::NoError ? file.errorString() : SavingText::tr("the PNG could not be encoded");
    if (!file.commit())
        return file.errorString();
    return {};
}

void askAndSavePlot(QCustomPlot *plot, const QString &fileStem, bool pdf)
{
    const QString suffix = pdf ? QStringLiteral(".pdf") : QStringLiteral(".png");
    const QString title = pdf ? SavingText::tr("Save Plot as PDF") : SavingText::tr("Save Plot as PNG");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString path = QFileDialog::getSaveFileName(plot, title,
        folder + QLatin1Char('/') + (fileStem.isEmpty() ? QStringLiteral("plot") : fileStem) + suffix,
        pdf ? SavingText::tr("PDF files (*.pdf)") : SavingText::tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += suffix;
    const QString problem = savePlot(plot, path);
    if (!problem.isEmpty())
        QMessageBox::warning(plot, title,
            SavingText::tr("Could not save %1: %2. Choose another folder or free some space.").arg(path, problem));
}

void addSaveActions(QMenu *menu, QCustomPlot *plot, const QString &fileStem)
{
    menu->addAction(SavingText::tr("Save as &PNG…"), plot, [plot, fileStem] { askAndSavePlot(plot, fileStem, false); });
    menu->addAction(SavingText::tr("Save as P&DF…"), plot, [plot, fileStem] { askAndSavePlot(plot, fileStem, true); });
}

void installSaveMenu(QCustomPlot *plot, const QString &fileStem)
{
    plot->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(plot, &QWidget::customContextMenuRequested, plot, [plot, fileStem](const QPoint &pos) {
        auto *menu = new QMenu(plot);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        addSaveActions(menu, plot, fileStem);
        menu->popup(plot->mapToGlobal(pos));
    });
}

} // namespace qs::ui
