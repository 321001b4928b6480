#!/bin/sh
# Install Otinish from this folder (the unpacked otinish-VERSION-linux-ARCH.tar.gz).
#
#   ./install.sh                 for you only: ~/.local/opt/otinish, ~/.local/bin/otinish
#   sudo ./install.sh            for everyone: /opt/otinish, /usr/local/bin/otinish
#   ./install.sh --prefix DIR    the program in DIR/opt/otinish, the link in DIR/bin
#   ./install.sh --uninstall     remove the program (add sudo if it was installed so)
#   ./install.sh --no-test       skip the self-test after installing
#
# It adds a menu entry, the icon, and the .otinish file type. Uninstalling removes the
# program only: your registers, backups and own templates (~/.local/share/Otinish/),
# and your letters (Documents/Otinish/) are kept.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
action=install
run_test=yes
prefix=
while [ $# -gt 0 ]; do
  case $1 in
    --uninstall) action=uninstall; shift;;
    --no-test) run_test=no; shift;;
    --prefix) prefix=${2:?--prefix needs a folder}; shift 2;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0;;
    *) echo "install.sh: unknown option $1 (try --help)" >&2; exit 2;;
  esac
done

if [ -n "$prefix" ]; then
  app_dir=$prefix/opt/otinish; bin_dir=$prefix/bin; share=$prefix/share
elif [ "$(id -u)" = 0 ]; then
  app_dir=/opt/otinish; bin_dir=/usr/local/bin; share=/usr/local/share
else
  : "${HOME:?HOME is not set; use --prefix}"
  app_dir=$HOME/.local/opt/otinish; bin_dir=$HOME/.local/bin
  share=${XDG_DATA_HOME:-$HOME/.local/share}
fi

refresh() {
  command -v update-desktop-database >/dev/null 2>&1 &&
    update-desktop-database -q "$share/applications" 2>/dev/null || true
  command -v update-mime-database >/dev/null 2>&1 &&
    update-mime-database "$share/mime" >/dev/null 2>&1 || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 &&
    gtk-update-icon-cache -q -t "$share/icons/hicolor" 2>/dev/null || true
}

if [ "$action" = uninstall ]; then
  rm -rf "$app_dir"
  [ -L "$bin_dir/otinish" ] && rm -f "$bin_dir/otinish"
  rm -f "$share/applications/otinish.desktop" "$share/mime/packages/otinish.xml"
  find "$share/icons/hicolor" -path '*/apps/otinish.*' -delete 2>/dev/null || true
  refresh
  echo "Otinish was removed from $app_dir. Your registers and letters were kept."
  exit 0
fi

[ -x "$here/otinish/otinish" ] || { echo "install.sh: $here/otinish/otinish is missing" >&2; exit 1; }

# The program: copied next to the old one, then swapped in, so a failed copy changes nothing.
mkdir -p "$(dirname "$app_dir")" "$bin_dir" "$share/applications" "$share/mime/packages"
rm -rf "$app_dir.new"
cp -a "$here/otinish" "$app_dir.new"
rm -rf "$app_dir.old"
[ -e "$app_dir" ] && mv "$app_dir" "$app_dir.old"
mv "$app_dir.new" "$app_dir"
rm -rf "$app_dir.old"
ln -sfn "$app_dir/otinish" "$bin_dir/otinish"

# Menu entry (pointing at the installed program), file type, icons.
sed -e "s|^Exec=otinish |Exec=\"$app_dir/otinish\" |" -e "s|^TryExec=otinish\$|TryExec=$app_dir/otinish|" \
  "$here/otinish.desktop" > "$share/applications/otinish.desktop"
cp "$here/otinish-mime.xml" "$share/mime/packages/otinish.xml"
(cd "$here/icons" && find hicolor -type f -name 'otinish.*') | while read -r icon; do
  mkdir -p "$share/icons/$(dirname "$icon")"
  cp "$here/icons/$icon" "$share/icons/$icon"
done
refresh

echo "Otinish is installed in $app_dir (command: $bin_dir/otinish)."
case ":${PATH:-}:" in *":$bin_dir:"*) ;; *) echo "Note: $bin_dir is not on your PATH; the menu entry works anyway.";; esac

if [ "$run_test" = yes ]; then
  if "$app_dir/otinish" --self-test > /dev/null 2>&1; then
    echo "Self-test passed."
  else
    echo "The self-test FAILED: run '$app_dir/otinish --self-test' and report what it prints." >&2
    exit 1
  fi
fi
