#pragma once

#include <QMenu>

namespace qs::ui {

// File ▸ Recent Files: the last opened models, newest first, kept in QSettings.
class RecentFilesMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentFilesMenu)

public:
    static constexpr int maximumCount = 10;

    explicit RecentFilesMenu(QWidget *parent = nullptr);
    ~RecentFilesMenu() override;

    QStringList files() const;
    void addFile(const QString &path);
    void clearFiles();

Q_SIGNALS:
    void fileTriggered(const QString &path);

private:
    void setFiles(const QStringList &files);
    void rebuild();
};

} // namespace qs::ui
