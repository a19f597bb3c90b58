"""Review26's match report as a text tool takes it out of a printed page: its heading, its byline and
its text in the lines of a 13-character column (written by hand)."""

MATCH_REPORT = """城建队主场逆转取胜
本报记者 方卓然
昨天晚上，中甲联赛第二
十八轮在奥体中心体育场打
响，江州城建队坐镇主场迎战
客队。上半场先丢一球的城建
队在下半场连进三球，最终逆
转取胜。
易边再战，主教练陈立峰
连换两人，加强边路进攻。队
长赵一鸣主罚点球命中，城建
队反超比分。
"""
