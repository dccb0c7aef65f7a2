package org.cloakroom.kiosk.badge.wedge;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;

/** The C library calls an input device needs: open, the grab's ioctl, poll, read. */
interface LibC extends Library {

	int O_RDONLY = 0;

	/** Octal 04000 and 02000000 on x86, 32- and 64-bit ARM alike. */
	int O_NONBLOCK = 0x800;

	int O_CLOEXEC = 0x80000;

	short POLLIN = 0x1;

	short POLLERR = 0x8;

	short POLLHUP = 0x10;

	short POLLNVAL = 0x20;

	int EAGAIN = 11;

	int ENOENT = 2;

	int EACCES = 13;

	int EBUSY = 16;

	int ENOTTY = 25;

	/**
	 * {@code EVIOCGRAB}: {@code _IOW('E', 0x90, int)}, the generic ioctl encoding ARM and
	 * x86 share: write (1 << 30), the argument's size (4 << 16), 'E' (0x45 << 8), 0x90.
	 */
	long EVIOCGRAB = (1L << 30) | (4L << 16) | (0x45L << 8) | 0x90L;

	LibC INSTANCE = Native.load("c", LibC.class);

	int open(String path, int flags);

	int ioctl(int fd, NativeLong request, int argument);

	int poll(Pointer fds, NativeLong count, int timeoutMs);

	NativeLong read(int fd, byte[] buffer, NativeLong count);

	int close(int fd);

	String strerror(int errno);

}
