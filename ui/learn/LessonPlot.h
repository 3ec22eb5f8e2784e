#pragma once

#include <QSharedPointer>
#include <QWidget>

#include <cstddef>

class QCPAxisTicker;
class QCustomPlot;
class QLabel;

namespace qs::ui {

// A titled QCustomPlot with a "Save as PNG…" button, for lessons: every picture can go on a slide.
// Fonts follow the widget's font (larger for a lecture), also when it changes.
class LessonPlot : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LessonPlot)

public:
    // fileStem names the suggested PNG ("learn-number-line").
    LessonPlot(const QString &title, const QString &fileStem, QWidget *parent = nullptr);
    ~LessonPlot() override;

    QCustomPlot *plot() const { return m_plot; }
    QString title() const;
    QString fileStem() const { return m_fileStem; }
    // Writes the plot at twice its on-screen pixel size (sharp on slides), through a temporary file.
    bool savePng(const QString &path) const;

protected:
    // Moves the legend into a row of its own under the plot, so it never hides data.
    void placeLegendBelow();
    // Shows or hides that legend; hidden, it leaves the layout (see the .cpp).
    void showLegendBelow(bool shown);
    // At most this many legend entries side by side (0: as many as fit the plot's width).
    void setLegendColumnLimit(int columns);
    // Whole-number ticks (channels, levels): every one up to 16, else about ten.
    static QSharedPointer<QCPAxisTicker> wholeNumberTicker(std::size_t count);

    void changeEvent(QEvent *event) override;
    // Sets axis, tick and legend fonts from font(); subclasses with text items extend it.
    virtual void applyFonts();

private:
    void askAndSavePng();
    void wrapLegendToWidth();

    QString m_fileStem;
    QLabel *m_title = nullptr;
    QCustomPlot *m_plot = nullptr;
    int m_legendColumnLimit = 0;
};

} // namespace qs::ui
