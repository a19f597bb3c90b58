"""Benchmark: set a 3,000-character story into three 13-character columns of 9 pt.

Each round clears the paragraph cache, so every round sets the story from scratch.
Run: python benchmarks/typeset.py [--rounds N]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from probe import calibration  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from layout_app.layout.flow import Slot, flow  # noqa: E402
from layout_app.text.fonts import registry  # noqa: E402
from layout_app.text.setter import SetOptions, _set_cached  # noqa: E402

PARAGRAPHS = [
    "近年来，我县坚持以人民为中心的发展思想，在城乡社区开展了一系列便民服务行动，让群众在家门口就能办成事、办好事。"
    "截至今年10月底，全县已建成社区综合服务站126个，覆盖率达到98.5%，累计为群众办理各类事项3.2万件。",
    "“以前办个证明要跑好几趟，现在在社区就能办，还不用排队。”家住河湾社区的居民张大爷说。据了解，县里还开通了"
    "24小时政务服务热线，并推出“一网通办”App，群众用手机就能查询办事进度，平均办理时间缩短了40%左右。",
    "在青石镇，农家书屋图书角共配置图书3200余册，涵盖农业技术、法律常识、健康养生等内容；每逢周末，"
    "镇文化站还组织读书分享会、亲子阅读等活动——参与群众累计超过5000人次。村民老周说：“书香进了村，日子更有奔头。”",
    "县民政局有关负责人表示，下一步将继续完善社区服务体系，推动养老托育、就业帮扶、矛盾调解等服务下沉，"
    "力争到2027年实现“15分钟便民生活圈”全覆盖，让群众的获得感、幸福感、安全感更加充实、更有保障、更可持续。",
]


def story(chars: int = 3000) -> tuple[str, ...]:
    out: list[str] = []
    total = 0
    k = 0
    while total < chars:
        # rotate each copy so that no two paragraphs are the same text (no cache hits)
        base = PARAGRAPHS[k % len(PARAGRAPHS)]
        cut = 7 * (k // len(PARAGRAPHS))
        p = base[cut:] + base[:cut]
        out.append(p)
        total += len(p)
        k += 1
    return tuple(out)


def main() -> None:
    print(calibration())
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=50)
    args = ap.parse_args()
    registry().merged_advances("song")   # fonts loaded once at start-up, not per layout
    paras = story()
    size = 9.0
    slots = [Slot(f"col{k}", k * 130.0, 0.0, 13 * size, 90) for k in range(3)]
    opts = SetOptions()
    times = []
    for _ in range(args.rounds):
        _set_cached.cache_clear()
        t = time.perf_counter()
        result = flow(paras, slots, size, 13.5, "song", opts)
        times.append((time.perf_counter() - t) * 1000)
    chars = sum(len(p) for p in paras)
    per_col = [sum(1 for p in result.placed if p.frame == s.frame) for s in slots]
    print(f"story: {chars} characters, {len(paras)} paragraphs → {len(result.placed)} lines {per_col}")
    print(f"set + flow, cold cache: median {statistics.median(times):.2f} ms, "
          f"min {min(times):.2f} ms, max {max(times):.2f} ms over {args.rounds} rounds (target ≤ 8 ms)")


if __name__ == "__main__":
    main()
