"""A schema-3 document with masters, rules and boxes, written for the tests.

Grid worked out by hand: trim 390 × 540 mm, margins top 20, bottom 22, inside 20, outside 16 mm;
type area 354 mm = 1003.46 pt wide: 111.5 characters of 9 pt → 8 columns of 13 characters (117 pt),
the 67.46 pt left over shared by 7 gutters. Lines of 13.5 pt from y = 20 mm.
The edition date 2026-11-29 is a Sunday.
"""
from layout_app.units import mm

TOP = mm(20)
LEADING = 13.5
COLUMN = 117.0
GUTTER = (mm(354) - 8 * COLUMN) / 7
RIGHT_PAGE_X = mm(20)      # odd pages: the inside margin on the left
LEFT_PAGE_X = mm(16)       # even pages: the outside margin on the left

BODY = ("近日，青石镇在各村便民服务中心设立了“农家书屋图书角”，共配置图书3200余册，涵盖农业技术、法律常识、"
        "健康养生等内容。开放首日，不少村民带着孩子前来借阅。" * 3,)

FURNITURE_YAML = """\
schema: 3
title: 测试报 第2—3版
paper: 测试报
date: 2026-11-29
grid:
  trim: [390, 540]
  bleed: 3
  margins: {top: 20, bottom: 22, inside: 20, outside: 16}
  columns: 8
  gutter: 1
  body_size: 小五
  leading: 13.5
styles:
  headline: {font: hei, weight: bold, size: 小二, align: left}
  body: {font: song, size: 小五, indent: 2}
masters:
- name: inside
  texts:
  - {id: folio, col: 0, cols: 2, line: -2, text: '第{page}版　{section}', font: hei, weight: bold, size: 12}
  - {id: paper-date, col: 2, cols: 4, line: -2, text: '{paper}　{date:long}　{weekday}', align: center}
  - {id: editors, col: 6, cols: 2, line: -2, text: '责任编辑：{editor}　美术编辑：{art_editor}', font: kai, size: 7.5, align: right}
  rules:
  - {id: under-head, col: 0, cols: 8, line: -1, pattern: thick_thin, width: 1}
stories:
- id: s1
  headline: 青石镇图书角里书香浓
  body:
  - %(body)s
- id: s2
  headline: 河湾社区夜巡队守护居民安宁
  body:
  - 入夏以来，河湾社区组织党员、网格员和志愿者成立夜巡队，每晚在辖区主要街巷开展巡查。
pages:
- id: P1
  number: 1
  section: 要闻
  frames:
  - {id: a-head, col: 0, cols: 3, line: 0, lines: 4, story: s1, part: headline}
- id: P2
  number: 2
  section: 社区
  master: inside
  editor: 张明
  art_editor: 李芳
  frames:
  - {id: s1-head, col: 0, cols: 3, line: 0, lines: 4, story: s1, part: headline}
  - {id: s1-body, col: 0, cols: 3, line: 4, lines: 20, story: s1, part: body}
- id: P3
  number: 3
  section: 综合
  master: inside
  editor: 王晨
  frames:
  - {id: s2-head, col: 0, cols: 3, line: 51, lines: 4, story: s2, part: headline}
  - {id: s2-body, col: 0, cols: 3, line: 55, lines: 4, story: s2, part: body}
  rules:
  - {id: column-rule, col: 3, line: 10, lines: 10}
  - {id: cut-off, col: 0, cols: 3, line: 40, pattern: double, width: 0.5, color: [0, 0, 0, 100]}
  - {id: dots, col: 4, cols: 2, line: 42, pattern: dotted, width: 1}
  - {id: wave, col: 4, cols: 2, line: 44, pattern: wave, width: 0.5, color: [100, 0, 0, 0]}
  - {id: zigzag, col: 4, cols: 2, line: 46, pattern: zigzag}
  - {id: diamonds, col: 4, cols: 2, line: 48, pattern: diamonds}
  boxes:
  - {id: tint, col: 0, cols: 3, line: 50, lines: 10, fill: [0, 0, 0, 10], width: 0.75}
  - {id: dotted-box, col: 4, cols: 2, line: 60, lines: 4, pattern: dotted}
""" % {"body": BODY[0]}
