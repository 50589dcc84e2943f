"""A bare QMainWindow that prints "shown <seconds>": the yardstick for `bagalau bench` start-up."""
import sys
import time

_T0 = time.perf_counter()

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402

if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    w = QMainWindow()
    w.resize(1200, 760)
    w.show()
    QTimer.singleShot(0, lambda: (print("shown", time.perf_counter() - _T0, flush=True), app.quit()))
    app.exec()
