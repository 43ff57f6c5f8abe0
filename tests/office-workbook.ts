import { strToU8, zipSync } from 'fflate';

/**
 * A workbook as an office's spreadsheet application leaves it, assembled from hand-written, minimal but
 * valid OOXML parts (exceljs cannot make charts or threaded comments): a chart and an image on a drawing,
 * a table, a threaded comment and an office's own note, custom document properties, data validation, an
 * office conditional format, a hidden sheet, defined names and 游ゴシック as the default font.
 * Synthetic data only.
 */
const X = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PR = 'http://schemas.openxmlformats.org/package/2006/relationships';
const THREADED_REL = 'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment';
const PERSON_REL = 'http://schemas.microsoft.com/office/2017/10/relationships/person';
const TC_NS = 'http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments';

// a 1×1 PNG
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

export const OFFICE_PARTS: Record<string, string | Uint8Array> = {
  '[Content_Types].xml': `${X}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet3.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/><Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/><Override PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"/><Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/><Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/><Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/><Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>`,
  '_rels/.rels': `${X}<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${R}/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId4" Type="${R}/custom-properties" Target="docProps/custom.xml"/></Relationships>`,
  'docProps/core.xml': `${X}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>定着支援 記録（見本）</dc:title><dc:creator>事務員</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2025-04-01T00:00:00Z</dcterms:created></cp:coreProperties>`,
  'docProps/app.xml': `${X}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>ワークシート</vt:lpstr></vt:variant><vt:variant><vt:i4>3</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="3" baseType="lpstr"><vt:lpstr>利用者</vt:lpstr><vt:lpstr>集計</vt:lpstr><vt:lpstr>控え</vt:lpstr></vt:vector></TitlesOfParts></Properties>`,
  'docProps/custom.xml': `${X}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="事業所番号"><vt:lpwstr>1310000000</vt:lpwstr></property></Properties>`,
  'xl/workbook.xml': `${X}<workbook xmlns="${MAIN}" xmlns:r="${R}"><workbookPr defaultThemeVersion="164011"/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="16000" windowHeight="9000" activeTab="0"/></bookViews><sheets><sheet name="利用者" sheetId="1" r:id="rId1"/><sheet name="集計" sheetId="2" r:id="rId2"/><sheet name="控え" sheetId="3" state="hidden" r:id="rId3"/></sheets><definedNames><definedName name="利用者一覧">利用者!$A$1:$C$3</definedName><definedName name="集計範囲" localSheetId="1">集計!$A$1:$B$3</definedName></definedNames><calcPr calcId="191029"/></workbook>`,
  'xl/_rels/workbook.xml.rels': `${X}<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${R}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${R}/worksheet" Target="worksheets/sheet3.xml"/><Relationship Id="rId4" Type="${R}/styles" Target="styles.xml"/><Relationship Id="rId5" Type="${R}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId6" Type="${PERSON_REL}" Target="persons/person.xml"/></Relationships>`,
  'xl/styles.xml': `${X}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><color theme="1"/><name val="游ゴシック"/><family val="2"/><charset val="128"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="標準" xfId="0" builtinId="0"/></cellStyles><dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font></dxf></dxfs><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>`,
  'xl/sharedStrings.xml': `${X}<sst xmlns="${MAIN}" count="8" uniqueCount="8"><si><t>利用者ID</t></si><si><t>氏名</t></si><si><t>生年月日</t></si><si><t>U001</t></si><si><t>見本 一郎</t></si><si><t>U002</t></si><si><t>見本 花子</t></si><si><t>月</t></si></sst>`,
  'xl/worksheets/sheet1.xml': `${X}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><dimension ref="A1:C3"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="18.75"/><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row><row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c><c r="C2"><v>30000</v></c></row><row r="3"><c r="A3" t="s"><v>5</v></c><c r="B3" t="s"><v>6</v></c><c r="C3"><v>31000</v></c></row></sheetData><conditionalFormatting sqref="C2:C3"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>0</formula></cfRule></conditionalFormatting><dataValidations count="1"><dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="A2:A3"><formula1>"U001,U002"</formula1></dataValidation></dataValidations><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><legacyDrawing r:id="rId2"/></worksheet>`,
  'xl/worksheets/_rels/sheet1.xml.rels': `${X}<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/comments" Target="../comments1.xml"/><Relationship Id="rId2" Type="${R}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/><Relationship Id="rId3" Type="${THREADED_REL}" Target="../threadedComments/threadedComment1.xml"/></Relationships>`,
  'xl/comments1.xml': `${X}<comments xmlns="${MAIN}"><authors><author>事務員</author><author>tc={6C2F0B1E-0000-4000-8000-000000000001}</author></authors><commentList><comment ref="B2" authorId="0"><text><r><rPr><b/><sz val="9"/><rFont val="MS P ゴシック"/></rPr><t>事務員:</t></r><r><rPr><sz val="9"/><rFont val="MS P ゴシック"/></rPr><t xml:space="preserve">
旧姓で登録</t></r></text></comment><comment ref="B3" authorId="1"><text><t>[Threaded comment]

Your version of Excel allows you to read this threaded comment; however, any edits to it will get removed if the file is opened in a newer version of Excel.
Comment:
    確認中です</t></text></comment></commentList></comments>`,
  'xl/drawings/vmlDrawing1.vml': `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:100pt;margin-top:10pt;width:100pt;height:60pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:textbox/><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>2, 15, 1, 2, 4, 15, 5, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>1</x:Row><x:Column>1</x:Column></x:ClientData></v:shape><v:shape id="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:100pt;margin-top:30pt;width:100pt;height:60pt;z-index:2;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:textbox/><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>2, 15, 2, 2, 4, 15, 6, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>2</x:Row><x:Column>1</x:Column></x:ClientData></v:shape></xml>`,
  'xl/threadedComments/threadedComment1.xml': `${X}<ThreadedComments xmlns="${TC_NS}" xmlns:x="${MAIN}"><threadedComment ref="B3" dT="2025-04-01T09:00:00.00" personId="{00000000-0000-4000-8000-0000000000AA}" id="{6C2F0B1E-0000-4000-8000-000000000001}"><text>確認中です</text></threadedComment></ThreadedComments>`,
  'xl/persons/person.xml': `${X}<personList xmlns="${TC_NS}" xmlns:x="${MAIN}"><person displayName="見本 担当" id="{00000000-0000-4000-8000-0000000000AA}" userId="mihon" providerId="None"/></personList>`,
  'xl/worksheets/sheet2.xml': `${X}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><dimension ref="A1:B3"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="18.75"/><sheetData><row r="1"><c r="A1" t="s"><v>7</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2"><v>4</v></c><c r="B2"><v>12</v></c></row><row r="3"><c r="A3"><v>5</v></c><c r="B3"><v>14</v></c></row></sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/><tableParts count="1"><tablePart r:id="rId2"/></tableParts></worksheet>`,
  'xl/worksheets/_rels/sheet2.xml.rels': `${X}<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/drawing" Target="../drawings/drawing1.xml"/><Relationship Id="rId2" Type="${R}/table" Target="../tables/table1.xml"/></Relationships>`,
  'xl/tables/table1.xml': `${X}<table xmlns="${MAIN}" id="1" name="月別件数" displayName="月別件数" ref="A1:B3" totalsRowShown="0"><autoFilter ref="A1:B3"/><tableColumns count="2"><tableColumn id="1" name="月"/><tableColumn id="2" name="氏名"/></tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`,
  'xl/drawings/drawing1.xml': `${X}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><xdr:twoCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="グラフ 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor><xdr:oneCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>5</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="952500" cy="952500"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="図 2"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="952500" cy="952500"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>`,
  'xl/drawings/_rels/drawing1.xml.rels': `${X}<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/chart" Target="../charts/chart1.xml"/><Relationship Id="rId2" Type="${R}/image" Target="../media/image1.png"/></Relationships>`,
  'xl/charts/chart1.xml': `${X}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}"><c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:numRef><c:f>集計!$A$2:$A$3</c:f></c:numRef></c:cat><c:val><c:numRef><c:f>集計!$B$2:$B$3</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`,
  'xl/media/image1.png': PNG,
  'xl/worksheets/sheet3.xml': `${X}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="18.75"/><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
};

/** Parts as .xlsx bytes. */
export function zipParts(parts: Record<string, string | Uint8Array>): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [k, v] of Object.entries(parts)) files[k] = typeof v === 'string' ? strToU8(v) : v;
  return zipSync(files);
}

/** The office's workbook as .xlsx bytes. */
export function officeWorkbook(): Uint8Array {
  return zipParts(OFFICE_PARTS);
}

/**
 * The office workbook changed the ways offices' files differ: the office's own tabs named 点検結果 and
 * 月次接触状況 (a defined name pointing at the first), an Excel data bar (its <extLst> inside the <cfRule>
 * and the x14 rule in the worksheet's extension list), an empty note (<text/>) on A3 and a note line
 * containing 【点検】 on C3, single-quoted attributes in styles.xml.
 */
export function officeVariantParts(
  base: Record<string, string | Uint8Array> = OFFICE_PARTS,
): Record<string, string | Uint8Array> {
  const parts: Record<string, string | Uint8Array> = { ...base };
  // the office's own 点検結果 tab (with a defined name pointing at it) and 月次接触状況 tab
  parts['xl/workbook.xml'] = (parts['xl/workbook.xml'] as string)
    .replace(
      '</sheets>',
      '<sheet name="点検結果" sheetId="4" r:id="rId7"/><sheet name="月次接触状況" sheetId="5" r:id="rId8"/></sheets>',
    )
    .replace(
      '</definedNames>',
      '<definedName name="点検の記録">点検結果!$A$1:$B$2</definedName></definedNames>',
    );
  parts['xl/_rels/workbook.xml.rels'] = (parts['xl/_rels/workbook.xml.rels'] as string).replace(
    '</Relationships>',
    `<Relationship Id="rId7" Type="${R}/worksheet" Target="worksheets/sheet4.xml"/><Relationship Id="rId8" Type="${R}/worksheet" Target="worksheets/sheet5.xml"/></Relationships>`,
  );
  const own = (text: string) =>
    `${X}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row></sheetData></worksheet>`;
  parts['xl/worksheets/sheet4.xml'] = own('事業所の点検メモ（消さないで）');
  parts['xl/worksheets/sheet5.xml'] = own('事業所の接触表');
  parts['[Content_Types].xml'] = (parts['[Content_Types].xml'] as string).replace(
    '</Types>',
    '<Override PartName="/xl/worksheets/sheet4.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet5.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  );
  // an Excel data bar: its <extLst> inside the <cfRule>, and the x14 part in the worksheet's extLst
  parts['xl/worksheets/sheet1.xml'] = (parts['xl/worksheets/sheet1.xml'] as string)
    .replace(
      '<dataValidations',
      '<conditionalFormatting sqref="C2:C3"><cfRule type="dataBar" priority="2"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF638EC6"/></dataBar><extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:id>{A1B2C3D4-0000-4000-8000-000000000001}</x14:id></ext></extLst></cfRule></conditionalFormatting><dataValidations',
    )
    .replace(
      '</worksheet>',
      '<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:cfRule type="dataBar" id="{A1B2C3D4-0000-4000-8000-000000000001}"><x14:dataBar minLength="0" maxLength="100"><x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/></x14:dataBar></x14:cfRule><xm:sqref>C2:C3</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst></worksheet>',
    );
  // an empty office note (<text/>) on A3, and an office note line that contains 【点検】 on C3
  parts['xl/comments1.xml'] = (parts['xl/comments1.xml'] as string).replace(
    '</commentList>',
    '<comment ref="A3" authorId="0"><text/></comment><comment ref="C3" authorId="0"><text><t>【点検】済み（3月分）&#10;次回は4月</t></text></comment></commentList>',
  );
  parts['xl/drawings/vmlDrawing1.vml'] = (parts['xl/drawings/vmlDrawing1.vml'] as string).replace(
    '</xml>',
    ['A3:2:0', 'C3:2:2']
      .map((s, i) => {
        const [, row, col] = s.split(':');
        return `<v:shape id="_x0000_s${1030 + i}" type="#_x0000_t202" style="visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:textbox/><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>1, 15, 1, 2, 3, 15, 5, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`;
      })
      .join('')
      .concat('</xml>'),
  );
  // styles with single-quoted attributes (as some writers do)
  parts['xl/styles.xml'] = (parts['xl/styles.xml'] as string).replace('<dxfs count="1">', "<dxfs count='1'>");
  return parts;
}

/** The office variant as .xlsx bytes. */
export function officeVariant(): Uint8Array {
  return zipParts(officeVariantParts());
}

/** `s` with `from` replaced; throws when `from` is not there (a fixture that silently stays as it was proves nothing). */
function swap(s: string, from: string, to: string): string {
  if (!s.includes(from)) throw new Error(`fixture: ${from} not found`);
  return s.replace(from, to);
}
const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/**
 * The office variant as a caseload `teichaku check` reads: its 利用者 tab also has 就職日 and 支援開始日
 * (typed as text, as many offices do), so the roster is found and its cells get findings, some of them on
 * the cells that hold the office's own notes (the empty one on A3, the 【点検】 line on C3).
 */
export function officeCaseloadParts(): Record<string, string | Uint8Array> {
  let sheet1 = OFFICE_PARTS['xl/worksheets/sheet1.xml'] as string;
  sheet1 = swap(sheet1, '<dimension ref="A1:C3"/>', '<dimension ref="A1:E3"/>');
  sheet1 = swap(
    sheet1,
    '</c></row><row r="2">',
    `</c>${inline('D1', '就職日')}${inline('E1', '支援開始日')}</row><row r="2">`,
  );
  sheet1 = swap(
    sheet1,
    '<v>30000</v></c></row>',
    `<v>30000</v></c>${inline('D2', '2024/04/01')}${inline('E2', '2024/05/01')}</row>`,
  );
  // 14 when hired: a warning on C3, the cell whose office note has a line containing 【点検】
  sheet1 = swap(
    sheet1,
    '<c r="C3"><v>31000</v></c></row>',
    `${inline('C3', '2009/04/02')}${inline('D3', '2023/04/01')}</row>`,
  );
  return officeVariantParts({ ...OFFICE_PARTS, 'xl/worksheets/sheet1.xml': sheet1 });
}

export function officeCaseload(): Uint8Array {
  return zipParts(officeCaseloadParts());
}
