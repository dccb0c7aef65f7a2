#!/bin/bash
# Installs the kiosk's installed layout (README.md, "Deploy") from this repository and the built
# jar: the one source of that layout. The Debian package packs the tree this script writes with
# --files-only (deploy/pom.xml), so the package and a host installed by hand cannot drift apart.
#
#   deploy/install.sh [--root DIR] [--jar PATH] [--files-only]
#   deploy/install.sh [--root DIR] --uninstall
#
# --root DIR     install into a directory tree (tests, image building) instead of /
# --jar PATH     the kiosk's jar (default: kiosk/target/cloakroom-kiosk.jar of this repository)
# --files-only   write the files and nothing else: no users, secrets, data directories or units
#                enabled (the package's maintainer scripts do those on the target)
# --uninstall    remove what an earlier run installed; like `dpkg --remove`, configuration in
#                /etc/cloakroom and the data in /var/lib, /var/log and /var/cache/cloakroom stay
#
# Idempotent: a file whose content and mode are already right is not touched (an unchanged jar
# keeps its time stamp, which the class-data-sharing archive checks), so a second run changes
# nothing. Without --files-only it then runs cloakroom-setup (users, directories, secrets) and
# enables the units; on a host where systemd runs it also builds the class-data-sharing archive
# and (re)starts the kiosk.
set -eu
umask 022 # the layout's modes, whatever the caller's umask
export LC_ALL=C # one order for sort and comm

repository=$(cd "$(dirname "$0")/.." && pwd)
root=/
jar=$repository/kiosk/target/cloakroom-kiosk.jar
files_only=false
uninstall=false

usage() {
	sed -n '6,7p' "$0" | sed 's/^#  *//' >&2
	exit 2
}

while [ $# -gt 0 ]; do
	case $1 in
	--root) [ $# -ge 2 ] || usage; root=$2; shift 2 ;;
	--root=*) root=${1#--root=}; shift ;;
	--jar) [ $# -ge 2 ] || usage; jar=$2; shift 2 ;;
	--jar=*) jar=${1#--jar=}; shift ;;
	--files-only) files_only=true; shift ;;
	--uninstall) uninstall=true; shift ;;
	-h | --help) usage ;;
	*) echo "install.sh: unknown argument '$1'" >&2; usage ;;
	esac
done

mkdir -p "$root"
root=$(cd "$root" && pwd)
# the tree's own path of a path in the layout ("/" + "/usr" must not become "//usr")
at() { printf '%s%s\n' "${root%/}" "$1"; }

# The list of what a run installed (not in the package: dpkg keeps its own), for --uninstall.
manifest=/usr/share/cloakroom/installed-files
units="cloakroom.service cloakroom-screen.service"

systemd_running() { [ "$root" = / ] && [ -d /run/systemd/system ]; }

changed=0
# put FILE at PATH with MODE, unless it is already there with that content and mode
put() {
	local source=$1 path=$2 mode=$3 target
	target=$(at "$path")
	[ -f "$source" ] || { echo "install.sh: missing source $source" >&2; exit 1; }
	mkdir -p "$(dirname "$target")"
	chmod 0755 "$(dirname "$target")"
	if ! cmp -s "$source" "$target"; then
		install -m "$mode" "$source" "$target"
		changed=$((changed + 1))
	elif [ "$(stat -c %a "$target")" != "${mode#0}" ]; then
		chmod "$mode" "$target"
		changed=$((changed + 1))
	fi
	[ "$files_only" = true ] || installed+=("$path")
}

# a configuration file an installer edits: written when missing (always when staging the
# package, whose dpkg keeps an edited one), an existing one is never overwritten
put_config() {
	local source=$1 path=$2
	if [ "$files_only" = true ] || [ ! -e "$(at "$path")" ]; then
		put "$source" "$path" 0644
	else
		if ! cmp -s "$source" "$(at "$path")"; then
			echo "install.sh: kept your $path (the shipped default is $source)"
		fi
		installed+=("$path")
	fi
}

# Debian's changelog of a native package (policy 12.7), naming the repository's version as the
# package does (0.1.0-SNAPSHOT is 0.1.0~SNAPSHOT, before 0.1.0) and dated by the jar, so that
# the same jar gives the same file
changelog() {
	local version
	version=$(sed -n '/<artifactId>cloakroom-parent<\/artifactId>/,/<version>/ s|.*<version>\(.*\)</version>.*|\1|p' \
		"$repository/pom.xml" | head -n 1)
	{
		echo "cloakroom (${version/-SNAPSHOT/~SNAPSHOT}) unstable; urgency=medium"
		echo
		echo "  * Built from the Cloakroom repository; its git log is the history."
		echo
		echo " -- $(sed -n 's/^Maintainer: //p' "$repository/deploy/debian/control")  $(date -R -u -d "@$(stat -c %Y "$jar")")"
	} | gzip -9n
}

install_files() {
	[ -f "$jar" ] || { echo "install.sh: no kiosk jar at $jar: build it first (mvn -B package) or pass --jar" >&2; exit 1; }
	command -v java >/dev/null || { echo "install.sh: needs java (apt-get install default-jre-headless)" >&2; exit 1; }
	local deploy=$repository/deploy file relative
	installed=()
	work=$(mktemp -d)
	trap 'rm -rf "$work"' EXIT

	# the jar extracted: a thin jar and lib/, which start faster and can carry a CDS archive
	java -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
	while IFS= read -r file; do
		relative=${file#"$work/app/"}
		put "$file" "/usr/share/cloakroom/app/$relative" 0644
	done < <(find "$work/app" -type f | sort)
	# a library the new jar no longer has (an upgrade) goes
	if [ -d "$(at /usr/share/cloakroom/app/lib)" ]; then
		while IFS= read -r file; do
			if [ ! -e "$work/app/lib/$(basename "$file")" ]; then
				rm -f "$file"
				changed=$((changed + 1))
			fi
		done < <(find "$(at /usr/share/cloakroom/app/lib)" -type f)
	fi

	while IFS= read -r file; do
		relative=${file#"$repository/"}
		put "$file" "/usr/share/cloakroom/$relative" 0644
	done < <(find "$repository/firmware-config" -type f | sort)

	put "$repository/README.md" /usr/share/doc/cloakroom/README.md 0644
	changelog >"$work/changelog.gz"
	put "$work/changelog.gz" /usr/share/doc/cloakroom/changelog.gz 0644
	put "$deploy/debian/copyright" /usr/share/doc/cloakroom/copyright 0644

	put "$deploy/bin/cloakroom" /usr/bin/cloakroom 0755
	put "$deploy/bin/cloakroom-restore" /usr/sbin/cloakroom-restore 0755
	put "$deploy/bin/cloakroom-setup" /usr/lib/cloakroom/cloakroom-setup 0755
	put "$deploy/bin/cloakroom-cds" /usr/lib/cloakroom/cloakroom-cds 0755
	put "$deploy/bin/cloakroom-screen" /usr/lib/cloakroom/cloakroom-screen 0755
	for unit in $units; do
		put "$deploy/systemd/$unit" "/usr/lib/systemd/system/$unit" 0644
	done
	put "$deploy/sysusers.d/cloakroom.conf" /usr/lib/sysusers.d/cloakroom.conf 0644
	# pcscd built with polkit (pcsc-lite 2.0.1 and later) refuses a user without a session, as the
	# service user is; Debian 12's pcscd has no polkit and never reads it
	put "$repository/firmware-config/polkit/50-cloakroom-pcscd.rules" /usr/share/polkit-1/rules.d/50-cloakroom-pcscd.rules 0644

	put_config "$deploy/etc/application.yml" /etc/cloakroom/application.yml
	put_config "$repository/firmware-config/lockers/bench-12.yaml" /etc/cloakroom/lockers.yaml

	if [ "$files_only" = false ]; then
		printf '%s\n' "${installed[@]}" "$manifest" | sort >"$work/manifest"
		# what an earlier version installed and this one does not (a file gone from
		# firmware-config/) goes, as dpkg does on an upgrade; configuration stays
		if [ -f "$(at "$manifest")" ]; then
			while IFS= read -r file; do
				case $file in
				/etc/*) ;;
				*) rm -f "$(at "$file")"; changed=$((changed + 1)) ;;
				esac
			done < <(comm -23 "$(at "$manifest")" "$work/manifest")
		fi
		put "$work/manifest" "$manifest" 0644
	fi
}

activate() {
	local setup
	setup=$(at /usr/lib/cloakroom/cloakroom-setup)
	"$setup" configure --root "$root"
	if systemd_running; then
		systemctl daemon-reload
		/usr/lib/cloakroom/cloakroom-cds || echo "install.sh: the kiosk starts without a class-data-sharing archive (see above)" >&2
		# shellcheck disable=SC2086 # two unit names
		systemctl enable $units
		systemctl restart cloakroom.service
	else
		# no systemd to ask (a tree, an image, a container): the enablement symlinks, offline
		# shellcheck disable=SC2086
		systemctl --root "$root" enable $units
	fi
}

uninstall() {
	local list path
	list=$(at "$manifest")
	[ -f "$list" ] || { echo "install.sh: nothing installed by install.sh under $root (no $manifest)"; exit 0; }
	if systemd_running; then
		# shellcheck disable=SC2086
		systemctl disable --now $units || true
	elif command -v systemctl >/dev/null; then
		# shellcheck disable=SC2086
		systemctl --root "$root" disable $units || true
	fi
	while IFS= read -r path; do
		case $path in
		/etc/*) ;; # configuration stays, as dpkg --remove keeps conffiles
		*) rm -f "$(at "$path")" ;;
		esac
	done <"$list"
	# the directories the layout owns, when empty; data and configuration are not touched
	for path in /usr/share/cloakroom /usr/share/doc/cloakroom /usr/lib/cloakroom; do
		if [ -d "$(at "$path")" ]; then find "$(at "$path")" -depth -type d -empty -delete; fi
	done
	if systemd_running; then
		systemctl daemon-reload
	fi
	echo "install.sh: removed the kiosk from $root; kept /etc/cloakroom and the data in /var/lib, /var/log and /var/cache/cloakroom"
}

if [ "$uninstall" = true ]; then
	uninstall
else
	install_files
	echo "install.sh: $changed file(s) changed under $root"
	[ "$files_only" = true ] || activate
fi
