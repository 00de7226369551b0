"""Writes two workbooks the way Python's openpyxl writes them, for fixtures/interop/ (run by
scripts/make-interop-fixtures.mjs): the tool's template filled in and re-saved, and a list made
from nothing. openpyxl names its comment parts /xl/comments/comment1.xml and points at every
part with an absolute path, which exceljs alone cannot follow; each file carries a comment.

    python3 scripts/openpyxl-fixture.py TEMPLATE.xlsx OUT-TEMPLATE.xlsx OUT-SCRATCH.xlsx
"""

import sys

import openpyxl
from openpyxl.comments import Comment

COLLECTIVE = ['Trường Tiểu học Kim Đồng', 'LĐLĐ Thành phố', 'HCSN',
              'TTLĐTT', 'TTLĐTT', 'TTLĐTT', 'TTLĐTT; HTXSNV', 'TTLĐTT; HTXSNV',
              'BK-BO:2020', 'SK-T:2020', 'Có', 'Có', '', '0']
INDIVIDUAL = ['Lò Thị Mai', '1985', 'Nữ', 'Thái', 'Giáo viên', 'LĐLĐ Thành phố', 'HCSN',
              'Không', 'Không', 'Không', '', '', 'HTXSNV', 'HTXSNV', 'HTXSNV', '', 'SK-T:2018', '', 'Có']
COMMENT = 'Đã kiểm tra hồ sơ gốc'
HEADER_ROW = 2  # the template's row 1 holds the Ngày gửi cell


def fill(sheet, values):
    row = HEADER_ROW + 2  # under the row of column numbers
    for column, value in enumerate(values, start=1):
        if value != '':
            sheet.cell(row=row, column=column, value=value)
    sheet.cell(row=row, column=1).comment = Comment(COMMENT, 'Ban Tổ chức')


def from_template(template, out):
    book = openpyxl.load_workbook(template)
    fill(book['Tập thể'], COLLECTIVE)
    fill(book['Cá nhân'], INDIVIDUAL)
    book.save(out)


def from_scratch(template, out):
    source = openpyxl.load_workbook(template, read_only=True)
    book = openpyxl.Workbook()
    first = True
    for name, values in (('Tập thể', COLLECTIVE), ('Cá nhân', INDIVIDUAL)):
        sheet = book.active if first else book.create_sheet()
        sheet.title = name
        first = False
        headers = [c.value for c in next(source[name].iter_rows(min_row=HEADER_ROW, max_row=HEADER_ROW))]
        sheet.append(headers)
        sheet.append([v if v != '' else None for v in values])
        sheet['A2'].comment = Comment(COMMENT, 'Ban Tổ chức')
    book.save(out)


if __name__ == '__main__':
    from_template(sys.argv[1], sys.argv[2])
    from_scratch(sys.argv[1], sys.argv[3])
