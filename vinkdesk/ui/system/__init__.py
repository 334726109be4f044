"""What differs between Windows, macOS and Linux: locking on session lock and sleep, the clipboard's privacy
formats, keeping windows out of screen capture, and the libraries Qt needs before the first window. Each
system's native calls (ctypes on Windows, PyObjC on macOS) are imported only on that system."""
