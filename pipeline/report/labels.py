"""User-facing words of the reports, in Chinese (``zh``) and English (``en``).

Keys of report rows stay English in every language (they are the JSON contract); only what a
person reads — column headers, titles, notes — comes from here. Category labels are the
taxonomy's Chinese names in both languages; ``en`` shows them as ``code (中文名)``.
"""
from __future__ import annotations

LANGS = ("zh", "en")

# Column headers, keyed by row key (design.md's JSON keys) or by a writer's own column name.
COLUMNS: dict[str, dict[str, str]] = {
    "zh": {
        "unit": "单位",
        "region": "地区",
        "year": "年份",
        "document": "文档",
        "doc": "文档",
        "path": "文件",
        "title": "标题",
        "format": "格式",
        "sentences": "句子数",
        "clues": "问题线索数",
        "status": "状态",
        "reason": "原因",
        "category": "问题类别代码",
        "label": "问题类别",
        "short": "简称",
        "count": "问题数",
        "documents": "涉及文档数",
        "share": "占比",
        "total": "合计",
        "text": "问题线索",
        "location": "位置",
        "section": "所在章节",
        "evidence": "判定依据",
        "score": "类别得分",
        "problem_score": "问题概率",
        "category_header": "类别",
    },
    "en": {
        "unit": "Unit",
        "region": "Region",
        "year": "Year",
        "document": "Document",
        "doc": "Document",
        "path": "File",
        "title": "Title",
        "format": "Format",
        "sentences": "Sentences",
        "clues": "Clues",
        "status": "Status",
        "reason": "Reason",
        "category": "Category code",
        "label": "Category",
        "short": "Short label",
        "count": "Count",
        "documents": "Documents",
        "share": "Share",
        "total": "Total",
        "text": "Clue",
        "location": "Location",
        "section": "Section",
        "evidence": "Evidence",
        "score": "Category score",
        "problem_score": "Problem score",
        "category_header": "Category",
    },
}

# Everything else a report says. ``{name}`` fields are filled with str.format.
TEXTS: dict[str, dict[str, str]] = {
    "zh": {
        "empty": "未发现问题线索",
        "more_units": "… 另有 {k} 个单位，完整列表见 -o 报告",
        "more_rows": "… 另有 {k} 行，完整列表见 -o 报告",
        "other_units": "其他单位（{k}个）",
        "sheet_summary": "汇总",
        "sheet_chart": "图表",
        "sheet_clues": "问题线索",
        "sheet_documents": "文档",
        "sheet_rows_category": "按类别",
        "sheet_rows_document": "按文档",
        "sheet_rows_region": "按地区",
        "sheet_rows_year": "按年份",
        "sheet_rows_unit,year": "按单位和年份",
        "sheet_rows_unit": "按单位",
        "chart_title": "各类别问题数量",
        "chart_axis": "问题数",
        "clues_capped": "注：问题线索超过 Excel 单表行数上限，仅列出前 {shown} 条，另有 {k} 条未列出。",
        "status_failed": "读取失败",
        "scope_generated": "生成时间",
        "scope_documents": "文档数",
        "scope_regions": "地区",
        "scope_years": "年份",
        "scope_tagger": "标注器版本",
        "scope_filters": "筛选条件",
        "scope_db": "数据库",
        "scope_clues": "问题线索数",
        "report_title": "巡察问题线索分类统计报告",
        "scope_sentence": "统计范围：地区{regions}，年份{years}，文档{n}份。生成时间{generated}，标注器版本{tagger}。",
        "failures_sentence": "另有{k}个文件未能读取，未纳入统计。",
        "scope_filters_sentence": "筛选条件：{filters}。",
        "summary_sentence": "共分析文档{n}份，识别问题线索{m}条，涉及单位{k}个。",
        "top_categories": "问题数量居前的类别依次为：{items}",
        "top_units": "问题数量居前的单位为：{items}",
        "item_count": "{name}（{n}条）",
        "list_sep": "、",
        "clause_sep": "；",
        "sentence_end": "。",
        "h_overview": "一、总体情况",
        "h_categories": "二、问题类别分布",
        "h_top_units": "三、各类别问题较多的单位",
        "h_matrix": "四、重点单位问题分布",
        "h_appendix": "附件",
        "appendix_title": "问题线索清单",
        "share_note": "注：一条问题线索可归入多个类别，占比按各类别问题数之和计算。",
        "matrix_note": "注：一条问题线索涉及多个单位或类别时，在每个单位、每个类别下各计一次。",
        "matrix_capped_note": "表中列出问题数居前的{n}个单位，其余{k}个单位合并为一行。",
        "category_heading": "{no}、{label}（{n}条）",
        "appendix_capped": "该类别另有{k}条问题线索未列出，完整清单请导出 Excel 报告（问题线索表）查看。",
        "clue_source": "（单位：{units}；来源：{source}）",
        "location_page": "第{page}页",
        "location_paragraph": "第{paragraph}段",
        "location_sep": "",
        "source_sep": "，",
        "none": "无",
        "all": "全部",
        "year_suffix": "年",
        "unknown": "未知",
    },
    "en": {
        "empty": "No problem clues found",
        "more_units": "… {k} more units; write the full list with -o",
        "more_rows": "… {k} more rows; write the full list with -o",
        "other_units": "Other units ({k})",
        "sheet_summary": "Summary",
        "sheet_chart": "Chart",
        "sheet_clues": "Clues",
        "sheet_documents": "Documents",
        "sheet_rows_category": "By category",
        "sheet_rows_document": "By document",
        "sheet_rows_region": "By region",
        "sheet_rows_year": "By year",
        "sheet_rows_unit,year": "By unit and year",
        "sheet_rows_unit": "By unit",
        "chart_title": "Problems per category",
        "chart_axis": "Count",
        "clues_capped": "Note: more clues than an Excel sheet holds; the first {shown} are listed, {k} are left out.",
        "status_failed": "failed",
        "scope_generated": "Generated",
        "scope_documents": "Documents",
        "scope_regions": "Regions",
        "scope_years": "Years",
        "scope_tagger": "Tagger version",
        "scope_filters": "Filters",
        "scope_db": "Database",
        "scope_clues": "Clues",
        "report_title": "Inspection Problem Clues by Category",
        "scope_sentence": "Scope: regions {regions}; years {years}; {n} documents. Generated {generated}; tagger version {tagger}.",
        "failures_sentence": "{k} more files could not be read and are not counted.",
        "scope_filters_sentence": "Filters: {filters}.",
        "summary_sentence": "Analysed {n} documents, found {m} problem clues involving {k} units.",
        "top_categories": "Leading categories: {items}",
        "top_units": "Leading units: {items}",
        "item_count": "{name} ({n})",
        "list_sep": ", ",
        "clause_sep": "; ",
        "sentence_end": ".",
        "h_overview": "1. Overview",
        "h_categories": "2. Problems by category",
        "h_top_units": "3. Leading units per category",
        "h_matrix": "4. Problems of the leading units",
        "h_appendix": "Appendix",
        "appendix_title": "Problem clues",
        "share_note": "Note: a clue may carry several categories; shares are of the sum of category counts.",
        "matrix_note": "Note: a clue naming several units or categories counts once under each of them.",
        "matrix_capped_note": "The {n} units with the most problems are listed; the other {k} are merged into one row.",
        "category_heading": "{no}. {label} ({n})",
        "appendix_capped": "{k} more clues of this category are not listed; export the Excel report (Clues sheet) for the full list.",
        "clue_source": " (unit: {units}; source: {source})",
        "location_page": "p. {page}",
        "location_paragraph": "para. {paragraph}",
        "location_sep": ", ",
        "source_sep": ", ",
        "none": "none",
        "all": "all",
        "year_suffix": "",
        "unknown": "unknown",
    },
}

_CHINESE_NUMERALS = "一二三四五六七八九十"


def check_lang(lang: str) -> str:
    """Return ``lang`` if the reports speak it, else raise ValueError naming the choices."""
    if lang not in LANGS:
        raise ValueError(f"report language {lang!r} is not one of {', '.join(LANGS)}")
    return lang


def column(key: str, lang: str) -> str:
    """The header of column ``key`` in ``lang``; unknown keys are shown as they are."""
    return COLUMNS[check_lang(lang)].get(key, key)


def text(key: str, lang: str, **fields: object) -> str:
    """A report phrase in ``lang`` with ``fields`` filled in."""
    template = TEXTS[check_lang(lang)][key]
    return template.format(**fields) if fields else template


def ordinal(n: int, lang: str) -> str:
    """Heading numbers: 一, 二, … 二十 in Chinese, 1, 2, … in English."""
    if lang == "en" or n <= 0 or n > 99:
        return str(n)
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _CHINESE_NUMERALS[ones - 1]
    prefix = "" if tens == 1 else _CHINESE_NUMERALS[tens - 1]
    return prefix + "十" + (_CHINESE_NUMERALS[ones - 1] if ones else "")
