#include "TableExport.h"

#include <QAbstractItemModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') &&
        !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}
} // namespace

QByteArray TableExport::toCsv(const QAbstractItemModel *model, const QList<int> &columns)
{
    QStringList lines;
    QStringList header;
    for (int column : columns)
        header.append(csvField(model->headerData(column, Qt::Horizontal).toString()));
    lines.append(header.join(u','));
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column : columns)
            cells.append(csvField(model->index(row, column).data().toString()));
        lines.append(cells.join(u','));
    }
    return QByteArray("\xEF\xBB\xBF") + lines.join(u"\r\n"_s).toUtf8() + "\r\n";
}

QByteArray TableExport::toJson(const QAbstractItemModel *model, const QList<int> &columns)
{
    QJsonArray rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        QJsonObject object;
        for (int column : columns)
            object.insert(model->headerData(column, Qt::Horizontal).toString(),
                          model->index(row, column).data().toString());
        rows.append(object);
    }
    return QJsonDocument(rows).toJson(QJsonDocument::Indented);
}

} // namespace plc
