// make-bad-inputs DIR: writes the bad-input corpus (tests/BadInputCorpus.h) into DIR and lists
// what each case must do.
#include "BadInputCorpus.h"

#include <QGuiApplication>
#include <cstdio>

int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: make-bad-inputs DIR\n");
        return 2;
    }
    const char* names[] = {"error", "works", "error-or-works"};
    for (const auto& input :
         lift3d::testing::writeBadInputCorpus(QDir(QString::fromLocal8Bit(argv[1]))))
        std::printf("%-16s %-32s %s\n", names[int(input.expect)], qPrintable(input.name),
                    qPrintable(input.path));
    return 0;
}
