"""Fixture documents written for the tests (the tests never read ../shared)."""

BODY_1 = (
    "为丰富村民的精神文化生活，近日，青石镇在各村便民服务中心设立了“农家书屋图书角”，共配置图书3200余册，"
    "涵盖农业技术、法律常识、健康养生等内容。",
    "开放首日，不少村民带着孩子前来借阅。村民老周说：“以前想看本种植方面的书要跑到县城，现在在村里就能借到，方便多了。”",
    "据了解，青石镇还将定期组织读书分享会，引导村民养成多读书、读好书的习惯。",
)

# the 对开 test grid a document fixture sets: 8 columns of 小五 on a 390 × 540 mm trim
GRID_YAML = """\
grid:
  trim: [390, 540]
  bleed: 3
  margins: {top: 20, bottom: 22, inside: 18, outside: 18}
  columns: 8
  gutter: 1
  body_size: 小五
  leading: 13.5
"""

DOC_YAML = """\
schema: 1
title: 测试版
date: 2026-11-28
template: duikai
""" + GRID_YAML + """styles:
  headline: {font: hei, weight: bold, size: 小初, align: left, min_size: 小二}
  kicker: {font: kai, size: 小二, align: left}
  body: {font: song, size: 小五, indent: 2}
  caption: {font: hei, size: 8, leading: 11, indent: 2}
  credit: {font: kai, size: 8, leading: 11, align: right}
stories:
- id: s1
  kicker: 文明新风 润泽乡里
  headline: 青石镇：图书角里书香浓
  body:
  - 为丰富村民的精神文化生活，近日，青石镇在各村便民服务中心设立了“农家书屋图书角”。
  - 开放首日，不少村民带着孩子前来借阅。
  byline: 本报记者 王晨
photos:
- id: p1
  file: photos/reading.jpg
  caption: 青石镇的孩子们在图书角里认真阅读。
  credit: 本报记者 王晨 摄
  crop: [0.1, 0, 0.9, 1]
pages:
- id: A1
  number: 1
  section: 要闻
  frames:
  - {id: h1, col: 0, cols: 3, line: 0, lines: 8, story: s1, part: heading}
  - {id: b1, col: 0, cols: 3, line: 8, lines: 30, story: s1, part: body}
  - {id: ph1, col: 3, cols: 2, line: 0, lines: 20, photo: p1}
  - {id: c1, col: 3, cols: 2, line: 20, lines: 3, photo: p1, part: caption}
"""
