package cn.nianbao.reports.publish;

import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.reports.render.Html;
import cn.nianbao.reports.render.HtmlWriter;

/** The frame of every portal page: zh-CN, readable on a phone, the official layout's CSS. */
public final class PublicPage {

    private static final Messages TEXT = Messages.of("portal");

    private PublicPage() {
    }

    public static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + TEXT.get("page.title", Html.escape(title)) + "</title><style>"
                + "body{margin:0;font-family:'Noto Sans CJK SC','Noto Sans SC','Microsoft YaHei','PingFang SC',sans-serif;color:#222;background:#f4f5f7}"
                + "header.site{background:#9b1c1c;color:#fff;padding:0.8em 1em}header.site a{color:#fff;text-decoration:none;font-weight:bold}"
                + "main{max-width:960px;margin:0 auto;background:#fff;padding:1em 1.2em 2em}"
                + "nav.crumbs{font-size:0.9em;margin-bottom:1em}nav.crumbs a{color:#9b1c1c}"
                + "ul.downloads{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:0.6em}"
                + "ul.downloads a{display:inline-block;border:1px solid #9b1c1c;color:#9b1c1c;padding:0.3em 0.8em;border-radius:4px;text-decoration:none}"
                + "table.list{border-collapse:collapse;width:100%}table.list th,table.list td{border-bottom:1px solid #ddd;padding:0.4em;text-align:left}"
                + "form.search input{padding:0.4em;font-size:1em;max-width:60%}form.search button{padding:0.4em 1em;font-size:1em}"
                + ".history li{margin:0.3em 0}"
                + "ul.downloads .sha{display:block;font-size:0.75em;color:#555;word-break:break-all;font-family:monospace}"
                + HtmlWriter.CSS
                + "</style></head><body><header class=\"site\"><a href=\"/public/reports\">" + TEXT.get("site.name") + "</a></header>"
                + "<main>" + body + "</main></body></html>";
    }
}
