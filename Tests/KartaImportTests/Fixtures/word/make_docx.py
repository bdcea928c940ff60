#!/usr/bin/env python3
"""Makes the Word fixtures of the seeds: each seed text (../shared/seeds) as the .docx it was copied
from, with the features real documents have: Word's automatic numbering where the numbers run
regularly (order points, the «№» column, multi-level «1.1»), stage rows as merged cells, a row split
by a page break as one row with several paragraphs in a cell, bold runs, the approval stamp
right-aligned, a footnote (footnotes.xml) and a superscript mark, a tracked insertion and deletion,
and a page-number field in the footer. Run: python3 make_docx.py SEEDS_FOLDER OUT_FOLDER; the protocol fixture (a протокол per ГОСТ Р 7.0.97)
is made the same way from a folder holding ../protocol.txt."""
import os, re, sys, zipfile
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
FOOTNOTE = 'Проект адресной методической помощи общеобразовательным организациям, имеющим низкие образовательные результаты обучающихся.'


def run(text, bold=False, sup=False):
    props = ('<w:b/>' if bold else '') + ('<w:vertAlign w:val="superscript"/>' if sup else '')
    rpr = f'<w:rPr>{props}</w:rPr>' if props else ''
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def runs(text, bold=False):
    """Text with «**bold**» marks and the seed's special marks as runs."""
    out = []
    for index, part in enumerate(re.split(r'\*\*', text)):
        if not part:
            continue
        b = bold or index % 2 == 1
        # «реализации²»: a superscript typed by hand.
        part_runs = []
        for piece in re.split(r'(²)', part):
            if piece == '²':
                part_runs.append(run('2', b, sup=True))
            elif piece:
                # «500+1 (на 2022 год)»: the «1» is a footnote reference.
                m = re.match(r'(.*500\+)1( \(на 2022 год\).*)', piece)
                if m:
                    part_runs.append(run(m.group(1), b))
                    part_runs.append('<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>')
                    part_runs.append(run(m.group(2), b))
                elif piece.startswith('Об утверждении плана-графика'):
                    # A tracked change: the inserted words stay, the deleted ones go.
                    rest = piece[len('Об утверждении '):]
                    part_runs.append(run('Об утверждении ', b))
                    part_runs.append(f'<w:del w:id="90" w:author="Автор" w:date="2021-03-18T10:00:00Z"><w:r><w:delText>проекта </w:delText></w:r></w:del>')
                    part_runs.append(f'<w:ins w:id="91" w:author="Автор" w:date="2021-03-18T10:00:00Z">{run(rest, b)}</w:ins>')
                else:
                    part_runs.append(run(piece, b))
        out += part_runs
    return ''.join(out)


def paragraph(lines, num=None, align=None, bold=False):
    ppr = ''
    if align:
        ppr += f'<w:jc w:val="{align}"/>'
    if num:
        ppr = f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>' + ppr
    body = '<w:r><w:br/></w:r>'.join(runs(line, bold) for line in lines)
    return f'<w:p>{"<w:pPr>" + ppr + "</w:pPr>" if ppr else ""}{body}</w:p>'


class Lists:
    """Numbering instances whose labels must equal the text they replace, or nothing is replaced."""
    def __init__(self):
        self.abstracts = []  # (level texts)
        self.nums = []

    def new(self, texts):
        self.abstracts.append(texts)
        self.nums.append(len(self.abstracts) - 1)
        return List(len(self.nums), texts)

    def xml(self):
        out = [f'<w:numbering {W}>']
        for index, texts in enumerate(self.abstracts):
            out.append(f'<w:abstractNum w:abstractNumId="{index}">')
            for level, text in enumerate(texts):
                fmt = 'bullet' if text == '•' else 'decimal'
                out.append(f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{escape(text)}"/></w:lvl>')
            out.append('</w:abstractNum>')
        for num, abstract in enumerate(self.nums):
            out.append(f'<w:num w:numId="{num + 1}"><w:abstractNumId w:val="{abstract}"/></w:num>')
        out.append('</w:numbering>')
        return ''.join(out)


class List:
    def __init__(self, num_id, texts):
        self.num_id, self.texts, self.counts = num_id, texts, [0, 0]

    def label(self, level):
        counts = list(self.counts)
        counts[level] += 1
        if level == 0:
            counts[1] = 0
        if counts[0] == 0:
            counts[0] = 1
        return self.texts[level].replace('%1', str(counts[0])).replace('%2', str(counts[1])), counts

    def take(self, text):
        """(level, rest) when `text` starts with this list's next number, else None."""
        for level in (1, 0):
            label, counts = self.label(level)
            if text == label or text.startswith(label + ' '):
                self.counts = counts
                return level, text[len(label):].lstrip(' ')
        return None


def table(rows, lists, columns):
    first_numbers = [r[0] for r in rows if r[0]]
    single = next((n for n in first_numbers if re.fullmatch(r'\d+\.?', n)), '1.')
    double = next((n for n in first_numbers if re.fullmatch(r'\d+\.\d+\.?', n)), '1.1')
    numbers = lists.new(['%1.' if single.endswith('.') else '%1', '%1.%2.' if double.endswith('.') else '%1.%2'])
    out = [f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>{"<w:gridCol/>" * columns}</w:tblGrid>']
    for index, cells in enumerate(rows):
        cells = cells + [''] * (columns - len(cells))
        out.append('<w:tr>' + ('<w:trPr><w:tblHeader/></w:trPr>' if index == 0 else ''))
        if cells[0] and not any(cells[1:]) and index > 0:
            # A stage row: one cell over the whole width.
            taken = numbers.take(cells[0])
            num = (numbers.num_id, 0) if taken and taken[0] == 0 else None
            text = taken[1] if num else cells[0]
            out.append(f'<w:tc><w:tcPr><w:gridSpan w:val="{columns}"/></w:tcPr>{paragraph([text], num=num)}</w:tc>')
        else:
            for column, cell in enumerate(cells):
                parts = cell.split('\n')
                xml = ''
                for part in parts:
                    taken = numbers.take(part) if column == 0 and index > 0 and part else None
                    if taken and taken[1] == '':
                        xml += paragraph([''], num=(numbers.num_id, taken[0]))
                    else:
                        xml += paragraph([part])
                out.append(f'<w:tc>{xml}</w:tc>')
        out.append('</w:tr>')
    out.append('</w:tbl>')
    return ''.join(out)


def convert(text):
    lines = text.split('\n')
    lists = Lists()
    points = lists.new(['%1.', '%1.%2.'])
    bullets = lists.new(['•', '•'])
    body, index = [], 0
    while index < len(lines):
        line = lines[index]
        if '\t' in line:
            rows = []
            while index < len(lines):
                if '\t' in lines[index]:
                    cells = lines[index].split('\t')
                    if rows and not cells[0].strip() and index > 0 and lines[index - 1].strip() == '':
                        # The rest of a row a page break split: more paragraphs in its cells.
                        rows[-1] = [a + ('\n' + b if b.strip() else '') for a, b in zip(rows[-1] + [''] * (len(cells) - len(rows[-1])), cells)]
                    else:
                        rows.append(cells)
                    index += 1
                elif lines[index].strip() == '' and index + 1 < len(lines) and '\t' in lines[index + 1]:
                    index += 1
                else:
                    break
            body.append(table(rows, lists, max(len(r) for r in rows)))
            continue
        if line.strip() == '':
            index += 1
            continue
        block = []
        while index < len(lines) and lines[index].strip() and '\t' not in lines[index]:
            block.append(lines[index])
            index += 1
        if len(block) == 1 and block[0].startswith('- '):
            body.append(paragraph([block[0][2:]], num=(bullets.num_id, 0)))
            continue
        if len(block) == 1:
            taken = points.take(block[0])
            if taken:
                body.append(paragraph([taken[1]], num=(points.num_id, taken[0]), align='both'))
                continue
        align = 'right' if block[0].lower().startswith(('утвержден', 'приложение')) else None
        align = align or ('center' if block[0].startswith('**') else None)
        body.append(paragraph(block, align=align))
    footer_ref = '<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>'
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{"".join(body)}{footer_ref}</w:body></w:document>'
    return document, lists.xml()


STATIC = {
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>',
    '_rels/.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/_rels/document.xml.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdNum" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rIdNotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/><Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>',
    'word/footnotes.xml': f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>{run(" " + FOOTNOTE)}</w:p></w:footnote></w:footnotes>',
    'word/footer1.xml': f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {W}><w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>',
}


def main(seeds, out):
    for name in sorted(os.listdir(seeds)):
        if not name.endswith('.txt'):
            continue
        document, numbering = convert(open(os.path.join(seeds, name), encoding='utf-8').read())
        # Seeds are named by their number («001-…»); another fixture by its whole name.
        stem = name[:3] if name[:3].isdigit() else name[:-4]
        path = os.path.join(out, stem + '.docx')
        with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as archive:
            for part, xml in list(STATIC.items()) + [('word/document.xml', document), ('word/numbering.xml', numbering)]:
                info = zipfile.ZipInfo(part, date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, xml)
        print(path)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
