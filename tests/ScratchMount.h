#pragma once
// A small filesystem of its own (tmpfs), so "full" and "read-only" are real: root ignores
// permission bits, so chmod cannot make a folder unwritable for a test. Needs mount rights.

#include <QDir>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace lift3d::test {

class ScratchMount {
public:
    explicit ScratchMount(const QString& options) {
        m_ok = m_dir.isValid() && QProcess::execute(QStringLiteral("mount"),
                                                    {QStringLiteral("-t"), QStringLiteral("tmpfs"),
                                                     QStringLiteral("-o"), options,
                                                     QStringLiteral("tmpfs"), m_dir.path()}) == 0;
    }
    ~ScratchMount() {
        if (m_ok)
            QProcess::execute(QStringLiteral("umount"), {m_dir.path()});
    }
    ScratchMount(const ScratchMount&) = delete;
    ScratchMount& operator=(const ScratchMount&) = delete;
    bool ok() const { return m_ok; }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    QStringList entries() const {
        return QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    }

private:
    QTemporaryDir m_dir;
    bool m_ok = false;
};

} // namespace lift3d::test
