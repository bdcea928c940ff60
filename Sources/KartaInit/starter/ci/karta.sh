#!/bin/sh
# Шаги CI репозитория содержимого karta. Их вызывают .gitlab-ci.yml и .github/workflows/karta.yml;
# их же можно выполнить у себя, например: sh ci/karta.sh check
#
#   sh ci/karta.sh install          собрать karta из исходников в .karta-tool/ (если её там нет)
#   sh ci/karta.sh check            проверить содержимое; ошибки делают задание красным
#   sh ci/karta.sh review БАЗА      изменения по смыслу от БАЗЫ до HEAD (karta-diff.md), затем check
#   sh ci/karta.sh publish [ПАПКА]  собрать сайт с PDF и Word в ПАПКУ (по умолчанию public)
#
# Переменные: KARTA_REPOSITORY — адрес git-репозитория karta (для install); KARTA_REVISION — его
# ветка, тег или коммит (по умолчанию main); KARTA_GITLAB_TOKEN — токен GitLab с правом api, чтобы
# review оставил заметку в запросе на слияние. karta берётся из .karta-tool/bin, иначе из PATH.
set -eu

tool="${KARTA_TOOL:-.karta-tool}"
[ -x "$tool/bin/karta" ] && PATH="$(cd "$tool/bin" && pwd):$PATH"

# Устанавливает пакеты Debian (образ Swift работает от root).
packages() {
  echo "Устанавливаю: $*"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# need команда=пакет…: ставит пакеты тех команд, которых нет.
need() {
  missing=""
  for pair in "$@"; do
    command -v "${pair%%=*}" >/dev/null 2>&1 || missing="$missing ${pair#*=}"
  done
  # shellcheck disable=SC2086
  [ -z "$missing" ] || packages $missing
}

# karta должна быть: из .karta-tool/bin (шаг install) или установленная.
karta_present() {
  if ! command -v karta >/dev/null 2>&1; then
    echo "ошибка: karta не найдена; выполните sh ci/karta.sh install или установите karta (make install)" >&2
    exit 2
  fi
}

install() {
  if [ -z "${KARTA_REPOSITORY:-}" ]; then
    echo "ошибка: не задана переменная KARTA_REPOSITORY — адрес git-репозитория karta" >&2
    exit 2
  fi
  revision="${KARTA_REVISION:-main}"
  need git=git make=make
  # Ветка или тег — коммит, на который они указывают сейчас; коммит — он сам.
  commit=$(git ls-remote "$KARTA_REPOSITORY" "$revision" | awk 'NR == 1 { print $1 }')
  [ -n "$commit" ] || commit="$revision"
  if [ -x "$tool/bin/karta" ] && [ "$(cat "$tool/revision" 2>/dev/null)" = "$commit" ]; then
    echo "karta $commit — из кэша"
    return 0
  fi
  rm -rf "$tool"
  mkdir -p "$tool"
  git clone --quiet "$KARTA_REPOSITORY" "$tool/src"
  git -C "$tool/src" checkout --quiet "$commit"
  make -C "$tool/src" install PREFIX="$(cd "$tool" && pwd)"
  rm -rf "$tool/src"
  echo "$commit" > "$tool/revision"
  "$tool/bin/karta" --version
}

check() {
  karta_present
  karta check
}

review() {
  base="${1:-}"
  if [ -z "$base" ]; then
    echo "ошибка: укажите базу сравнения: sh ci/karta.sh review <коммит или ветка>" >&2
    exit 2
  fi
  # В контейнере рабочая копия принадлежит другому пользователю; git иначе откажется её читать.
  [ -n "${CI:-}" ] && git config --global --add safe.directory "$(pwd)" 2>/dev/null || true
  karta_present
  karta diff "$base" HEAD --format markdown > karta-diff.md
  cat karta-diff.md
  if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
    cat karta-diff.md >> "$GITHUB_STEP_SUMMARY"
  fi
  if [ -n "${KARTA_GITLAB_TOKEN:-}" ] && [ -n "${CI_MERGE_REQUEST_IID:-}" ]; then
    need curl=curl
    curl --fail --silent --show-error --output /dev/null \
      --header "PRIVATE-TOKEN: $KARTA_GITLAB_TOKEN" \
      --data-urlencode "body@karta-diff.md" \
      "$CI_API_V4_URL/projects/$CI_PROJECT_ID/merge_requests/$CI_MERGE_REQUEST_IID/notes"
    echo "Заметка оставлена в запросе на слияние !$CI_MERGE_REQUEST_IID."
  fi
  check
}

publish() {
  output="${1:-public}"
  need chromium=chromium fc-list=fontconfig
  # Шрифты, которыми печатаются документы (Times New Roman метрически совпадает с Liberation Serif).
  fc-list | grep -q "Liberation Serif" || packages fonts-liberation
  karta_present
  karta check
  karta build --pdf --docx --output "$output"
}

step="${1:-}"
[ $# -gt 0 ] && shift
case "$step" in
  install) install ;;
  check) check ;;
  review) review "$@" ;;
  publish) publish "$@" ;;
  *)
    echo "ошибка: неизвестный шаг «$step»; шаги: install, check, review БАЗА, publish [ПАПКА]" >&2
    exit 2
    ;;
esac
