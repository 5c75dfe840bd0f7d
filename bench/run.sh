#!/usr/bin/env bash
# End-to-end figures: `amplan plan` wall time and peak memory on generated
# estates of about 1,000, 10,000 and 50,000 resource instances, next to the
# time hcl-edit alone takes to parse the same files. Prints a Markdown table.
#
# Usage: bench/run.sh [INSTANCES...]   (default: 1000 10000 50000)
# Environment: RUNS (timed runs per figure, the median is shown; default 5);
# AMPLAN (the binary to measure; default the release build of this tree).
#
# Wall times on a shared machine swing with its load; the CPU time (user +
# system, 10 ms resolution) of the plan is the steadier figure to compare.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 50000)
runs=${RUNS:-5}

if [ ! -x /usr/bin/time ]; then
    echo "installing /usr/bin/time (Debian package \`time\`)" >&2
    apt-get install -y -qq time >/dev/null 2>&1 ||
        { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
fi

cargo build --release --quiet --bin amplan --example gen_estate --example parse_only
amplan=${AMPLAN:-target/release/amplan}
gen=target/release/examples/gen_estate
parse=target/release/examples/parse_only

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Median wall time in milliseconds of RUNS runs of a command; output discarded.
median_ms() {
    local times=()
    for _ in $(seq "$runs"); do
        local start end
        start=$(date +%s%N)
        "$@" >/dev/null 2>&1
        end=$(date +%s%N)
        times+=($(((end - start) / 1000)))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]/1000}'
}

# Median CPU time (user + system) in ms and peak RSS in MB of RUNS runs.
cpu_and_peak() {
    : >"$tmp/cpu"
    for _ in $(seq "$runs"); do
        /usr/bin/time -f '%U %S %M' -o "$tmp/one" "$@" >/dev/null 2>&1
        cat "$tmp/one" >>"$tmp/cpu"
    done
    awk '{print ($1 + $2) * 1000, $3}' "$tmp/cpu" | sort -n |
        awk '{c[NR]=$1; if ($2 > m) m=$2} END {printf "%.0f %.1f\n", c[int((NR+1)/2)], m/1024}'
}

declare -A plan_ms parse_ms cpu_ms
printf '| instances (state) | spoke VNets | planned changes | .tf/.tfvars MB | state MB | parse-only ms | plan ms | plan CPU ms | plan / parse | peak RSS MB |\n'
printf '|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|\n'
for instances in "${sizes[@]}"; do
    vnets=$((instances * 20 / 204))
    dir="$tmp/estate-$instances"
    report=$("$gen" --vnets "$vnets" --out "$dir" 2>&1)
    state_n=$(sed -n 's/.* \([0-9]*\) instances in the state.*/\1/p' <<<"$report")
    changes=$(sed -n 's/.*(\(.*\)).*/\1/p' <<<"$report" | sed 's/ to add/+/; s/ to change/~/; s/ to destroy/-/; s/,//g')
    "$amplan" plan "$dir" >/dev/null || { echo "amplan plan failed on $dir" >&2; exit 1; }
    mb=$(find "$dir" \( -name '*.tf' -o -name '*.tfvars' \) -printf '%s\n' | awk '{s+=$1} END {printf "%.2f", s/1048576}')
    parse_ms[$instances]=$(median_ms "$parse" "$dir")
    plan_ms[$instances]=$(median_ms "$amplan" plan "$dir" --no-color)
    read -r cpu rss < <(cpu_and_peak "$amplan" plan "$dir" --no-color)
    cpu_ms[$instances]=$cpu
    state_mb=$(awk -v b="$(stat -c %s "$dir/terraform.tfstate")" 'BEGIN {printf "%.1f", b/1048576}')
    ratio=$(awk -v a="${plan_ms[$instances]}" -v b="${parse_ms[$instances]}" 'BEGIN {printf "%.1f", a/b}')
    printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$state_n" "$vnets" "$changes" "$mb" \
        "$state_mb" "${parse_ms[$instances]}" "${plan_ms[$instances]}" "$cpu" "$ratio" "$rss"
done

# Growth ratios between consecutive sizes (the issue's target: 10x the estate, at most 12x the time).
prev=""
for instances in "${sizes[@]}"; do
    if [ -n "$prev" ]; then
        awk -v a="${plan_ms[$instances]}" -v b="${plan_ms[$prev]}" -v c="${cpu_ms[$instances]}" \
            -v d="${cpu_ms[$prev]}" -v s="$instances" -v p="$prev" \
            'BEGIN {printf "\nplan %s / %s instances (%.0fx the estate): %.1fx the wall time, %.1fx the CPU time", s, p, s/p, a/b, c/d}'
    fi
    prev=$instances
done
echo
