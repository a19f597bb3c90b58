"""Characters of the 通用规范汉字表 (2013) that lie outside the CJK Unified Ideographs block
(Extensions A–F and the 2020s additions U+9FCD–U+9FCF): the 三级字表 part, where a font that only covers
GB 2312 and the basic block falls short. Transcribed from the published table."""

OUTSIDE_BASIC_BLOCK = (
    "㸆𠙶𬣙𨙸𬇕䜣𬣞𬘓𫭟𫭢㧑𫇭𫐄㕮𫵷㑇𣲘𣲗𬇙㳇𬣡𫸩䢺𨚕𫘜𬘘𫘝䢼𦭜㭎𬨂𬀩𬀪㟃𬬩㑊𫍣𬣳𬩽𬮿"
    "𬯀𫰛𬳵𬳶䌹𫠊㛃𬍛鿍𬜬𦰡㭕䴓䶮𪾢𪨰𫓧𬬮𬬱𬬭䏡𦙶㶲㳚㳘𬘡𬳽𬘩𫄧𪟝𬍤𫭼𬜯䓖𬂩𫠆𨐈𬌗𫑡𪨶"
    "𬬸𬬻𬬹𬬿𬭁𫢸𫗧𬊈𬒈𨺙㛚𬳿𫄨𬘫䂮𫮃㙍䓫䓬䓨䓛鿎䴕㫰𬱖𬟽䎃𫓯𫟹𫟼䝙䏲𠅤䴔𬇹𬍡㥄𬤇𫍯𬤊"
    "𫍲𬯎𬘬𬘭𬴂𫘦𫟅𬘯𫘧㙘𪣻𡎚𬃊𬷕𫐐𬹼𧿹𫶇𫖮鿏𬭊𨱇𫓶𬭎𫖯䐃𬱟𫛭㺄𫷷𬮱𬊤𣸣㴔㛹𬴃𫘨䴖𤧛𬪩"
    "𬒔䃅𬨎𫐓䣘𫫇㬊𫓹𬭚𬭛䅟𬕂䲟𬶋𬶍𦝼𫔶𫌀𫖳𫘪𫘬𫞩𡐓𪤗𣗋𬸘䃎𬒗𥔲𫚖䴗㬎𨱏𬭤㙦𫚕𬶐𬶏𩽾𬸚"
    "㽏㮾𬤝𬙂㻬䗖㠇𬭩䴘𩾃𬸣𫍽𬴊𬞟𥕢𫟦𬺈𫠜㬚䗛㠓𪩘𬭬𨱑𬭯𫗴𬸦𫄷𤩽𬭳𬭶𫔍𬭸𨱔𬭼𫔎𬸪䲠𬶟𬶠"
    "䗪𬶨𦈡𫄸𬟁𥖨䗴𦒍䎖䴙𬙊㰀𬶭𩾌𨟠𬶮𨭉㸌𬙋𤫉𬺓𫚭"
)
