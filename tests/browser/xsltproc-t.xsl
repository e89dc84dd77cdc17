<?xml version="1.0" encoding="UTF-8"?>
<!--
  c:t(key, a1..a5) for xsltproc, which lacks cimoltd's C extension
  function: the same lookup written in XSLT, reading the catalogues with
  document() (xsltproc may read files; cimoltd's transforms may not).
  tests/browser/render puts it beside a page stylesheet; it behaves like
  cimoltd's: the page's language, then Dutch, else "[key]" and a message.

  Below it, the other C extension functions of fcgi/render.c (numbers
  and the benchmark's words), fcgi/stylesheets.c (c:data) and
  fcgi/render-dates.c (dates and times in words), as they were written
  in XSLT before they became C: cimoltd's give the same bytes
  (tests/pages/compare).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:func="http://exslt.org/functions"
    xmlns:c="urn:cimolt:xslt"
    extension-element-prefixes="func"
    exclude-result-prefixes="c">

<!-- layout.xsl strips white space from every document read, which would
     glue "<arg n="1"/> <arg n="2"/>" together: keep it in messages. -->
<xsl:preserve-space elements="msg"/>

<!-- The folder of the catalogues, relative to this file or absolute. -->
<xsl:param name="cimolt-catalogues" select="'../../xslt/'"/>

<xsl:variable name="c:t-own"
    select="document(concat($cimolt-catalogues, 'messages-', $c:lang, '.xml'))/*/msg"/>
<xsl:variable name="c:t-nl"
    select="document(concat($cimolt-catalogues, 'messages-nl.xml'))/*/msg"/>

<func:function name="c:t">
  <xsl:param name="key"/>
  <xsl:param name="a1" select="''"/>
  <xsl:param name="a2" select="''"/>
  <xsl:param name="a3" select="''"/>
  <xsl:param name="a4" select="''"/>
  <xsl:param name="a5" select="''"/>
  <xsl:variable name="own" select="$c:t-own[@key = $key]"/>
  <xsl:variable name="msg" select="$own[1] | $c:t-nl[not($own)][@key = $key][1]"/>
  <xsl:variable name="text">
    <xsl:choose>
      <xsl:when test="$msg">
        <xsl:for-each select="$msg/node()">
          <xsl:choose>
            <xsl:when test="self::arg[@n = 1]"><xsl:value-of select="$a1"/></xsl:when>
            <xsl:when test="self::arg[@n = 2]"><xsl:value-of select="$a2"/></xsl:when>
            <xsl:when test="self::arg[@n = 3]"><xsl:value-of select="$a3"/></xsl:when>
            <xsl:when test="self::arg[@n = 4]"><xsl:value-of select="$a4"/></xsl:when>
            <xsl:when test="self::arg[@n = 5]"><xsl:value-of select="$a5"/></xsl:when>
            <xsl:when test="self::arg"/>
            <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <xsl:message>no message for key <xsl:value-of select="$key"/></xsl:message>
        <xsl:value-of select="concat('[', $key, ']')"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <func:result select="normalize-space($text)"/>
</func:function>

<!-- The numbers in the page's language (monitor-common.xsl declares the
     decimal formats nl and en), as fcgi/render.c writes them. -->
<!-- c:decimal(v): a score or share (the daemon writes "46.3") with at
     most one decimal, in the page's language: "46,3" / "46.3", "25". -->
<func:function name="c:decimal">
  <xsl:param name="v"/>
  <xsl:choose>
    <xsl:when test="$c:lang = 'en'"><func:result select="format-number($v, '#,##0.#', 'en')"/></xsl:when>
    <xsl:otherwise><func:result select="format-number($v, '#.##0,#', 'nl')"/></xsl:otherwise>
  </xsl:choose>
</func:function>

<!-- c:scope-name(stat, short): the name of a <stat>'s (or <score>'s,
     <point>'s) scope: "Totaalscore", "Strategisch niveau", a theme or a
     category; a share is named after its category. short: the short
     names the charts use. -->
<func:function name="c:scope-name">
  <xsl:param name="s"/>
  <xsl:param name="short" select="false()"/>
  <xsl:variable name="sh">
    <xsl:if test="$short">short.</xsl:if>
  </xsl:variable>
  <xsl:choose>
    <xsl:when test="$s/@scope = 'overall'"><func:result select="c:t('monitor.result.overall-label')"/></xsl:when>
    <xsl:when test="$s/@scope = 'level'"><func:result select="c:t(concat('level.', $s/@key))"/></xsl:when>
    <xsl:when test="$s/@scope = 'theme'"><func:result select="c:t(concat('theme.', $sh, $s/@key))"/></xsl:when>
    <xsl:otherwise><func:result select="c:t(concat('category.', $sh, $s/@key))"/></xsl:otherwise>
  </xsl:choose>
</func:function>

<!-- c:figure(v, percent): a value as the page shows it, "41,3" or, for
     a share, "41,3%". -->
<func:function name="c:figure">
  <xsl:param name="v"/>
  <xsl:param name="percent" select="false()"/>
  <xsl:choose>
    <xsl:when test="$percent"><func:result select="c:t('monitor.percent', c:decimal($v))"/></xsl:when>
    <xsl:otherwise><func:result select="c:decimal($v)"/></xsl:otherwise>
  </xsl:choose>
</func:function>

<!-- c:range(stat, name): a published figure as its range, "40–45" (or
     "40–45%"): the attributes name and name-to of the stat. -->
<func:function name="c:range">
  <xsl:param name="e"/>
  <xsl:param name="name"/>
  <xsl:param name="percent" select="false()"/>
  <xsl:variable name="r" select="concat($e/@*[local-name() = $name], '–', $e/@*[local-name() = concat($name, '-to')])"/>
  <xsl:choose>
    <xsl:when test="$percent"><func:result select="c:t('monitor.percent', $r)"/></xsl:when>
    <xsl:otherwise><func:result select="$r"/></xsl:otherwise>
  </xsl:choose>
</func:function>

<!-- c:mid(stat, name): the middle of a published figure's range, where
     a chart draws it. -->
<func:function name="c:mid">
  <xsl:param name="e"/>
  <xsl:param name="name"/>
  <func:result select="(number($e/@*[local-name() = $name]) + number($e/@*[local-name() = concat($name, '-to')])) div 2"/>
</func:function>

<!-- c:hidden(stat): why a stat has no figures, in words. -->
<func:function name="c:hidden">
  <xsl:param name="e"/>
  <xsl:choose>
    <xsl:when test="$e/@reason = 'overlap'"><func:result select="c:t('benchmark.hidden.overlap')"/></xsl:when>
    <xsl:otherwise><func:result select="c:t('benchmark.hidden.too-few')"/></xsl:otherwise>
  </xsl:choose>
</func:function>

<!-- c:size-class(code): a size class ('<20k' ... '>=100k') in words,
     "50.000 tot 100.000". -->
<func:function name="c:size-class">
  <xsl:param name="code"/>
  <xsl:choose>
    <xsl:when test="$code = '&lt;20k'"><func:result select="c:t('organisation.size.small')"/></xsl:when>
    <xsl:when test="$code = '20k-50k'"><func:result select="c:t('organisation.size.medium')"/></xsl:when>
    <xsl:when test="$code = '50k-100k'"><func:result select="c:t('organisation.size.large')"/></xsl:when>
    <xsl:when test="$code = '&gt;=100k'"><func:result select="c:t('organisation.size.largest')"/></xsl:when>
    <xsl:otherwise><func:result select="string($code)"/></xsl:otherwise>
  </xsl:choose>
</func:function>

<!-- c:group-name(group): a peer group in words, "Alle deelnemers",
     "Gemeenten in Gelderland", "Gemeenten met 50.000 tot 100.000
     inwoners". -->
<func:function name="c:group-name">
  <xsl:param name="g"/>
  <xsl:choose>
    <!-- The label is the province's name, perhaps as its organisation
         is called ("Provincie Gelderland"). -->
    <xsl:when test="$g/@name = 'province' and starts-with($g/@label, 'Provincie ')"><func:result select="c:t('group.province', substring-after($g/@label, 'Provincie '))"/></xsl:when>
    <xsl:when test="$g/@name = 'province'"><func:result select="c:t('group.province', $g/@label)"/></xsl:when>
    <xsl:when test="$g/@name = 'size'"><func:result select="c:t('group.size', c:size-class($g/@label))"/></xsl:when>
    <xsl:otherwise><func:result select="c:t('group.all')"/></xsl:otherwise>
  </xsl:choose>
</func:function>

<!-- c:group-param(name): a group's name in the page document as the URL
     writes it (?groep=). -->
<func:function name="c:group-param">
  <xsl:param name="name"/>
  <xsl:choose>
    <xsl:when test="$name = 'province'"><func:result select="'provincie'"/></xsl:when>
    <xsl:when test="$name = 'size'"><func:result select="'grootte'"/></xsl:when>
    <xsl:otherwise><func:result select="'alle'"/></xsl:otherwise>
  </xsl:choose>
</func:function>

<!-- c:clamp(v): v as a number within 0-100. -->
<func:function name="c:clamp">
  <xsl:param name="v"/>
  <xsl:variable name="n" select="number($v)"/>
  <xsl:choose>
    <xsl:when test="not($n &gt;= 0)"><func:result select="0"/></xsl:when>
    <xsl:when test="$n &gt; 100"><func:result select="100"/></xsl:when>
    <xsl:otherwise><func:result select="$n"/></xsl:otherwise>
  </xsl:choose>
</func:function>

<!-- c:pct(v): an x position on the 0-100 scale, "41.3%". -->
<func:function name="c:pct">
  <xsl:param name="v"/>
  <func:result select="concat(format-number(c:clamp($v), '0.##'), '%')"/>
</func:function>

<!-- c:trend-x(i, n, left, width): the x of year i of n: spread evenly,
     20 in from both ends; a single year in the middle. -->
<func:function name="c:trend-x">
  <xsl:param name="i"/>
  <xsl:param name="n"/>
  <xsl:param name="left"/>
  <xsl:param name="width"/>
  <xsl:choose>
    <xsl:when test="$n &lt;= 1"><func:result select="format-number($left + $width div 2, '0.#')"/></xsl:when>
    <xsl:otherwise><func:result select="format-number($left + 20 + ($i - 1) * ($width - 40) div ($n - 1), '0.#')"/></xsl:otherwise>
  </xsl:choose>
</func:function>

<!-- c:trend-y(v, top, height): the y of value v (0-100). -->
<func:function name="c:trend-y">
  <xsl:param name="v"/>
  <xsl:param name="top"/>
  <xsl:param name="height"/>
  <func:result select="format-number($top + $height - $height * c:clamp($v) div 100, '0.#')"/>
</func:function>

<!-- fcgi/stylesheets.c -->

<!-- c:data(name): the elements of the top-level <c:data name="NAME"> of
     the page's stylesheet (xslt/<page name>.xsl), else of layout.xsl or
     forms.xsl, which hold the shared ones. -->
<xsl:variable name="c:data-page"
    select="document(concat($cimolt-catalogues, /page/@name, '.xsl'))/*/c:data"/>
<func:function name="c:data">
  <xsl:param name="name"/>
  <xsl:variable name="own" select="$c:data-page[@name = $name]"/>
  <func:result select="$own/*
      | document(concat($cimolt-catalogues, 'layout.xsl'))/*/c:data[not($own)][@name = $name]/*
      | document(concat($cimolt-catalogues, 'forms.xsl'))/*/c:data[not($own)][@name = $name]/*"/>
</func:function>

<!-- fcgi/render-dates.c -->

<!-- c:date(d): a <start> or <end> element as a date in words,
     "donderdag 11 maart 2027" / "Thursday 11 March 2027". -->
<func:function name="c:date">
  <xsl:param name="d"/>
  <func:result select="c:t('format.date',
      c:t(concat('weekday.', number($d/@weekday))),
      number($d/@day),
      c:t(concat('month.', number($d/@month))),
      number($d/@year))"/>
</func:function>

<!-- c:time(d): the time of a <start> or <end> element ("HH:MM"),
     "9.30" / "09:30". -->
<func:function name="c:time">
  <xsl:param name="d"/>
  <xsl:variable name="hh" select="substring($d/@time, 1, 2)"/>
  <func:result select="c:t('format.time', number($hh),
      substring($d/@time, 4, 2), $hh)"/>
</func:function>

<!-- c:when(event): when an event takes place, from its <start> and <end>:
     "donderdag 11 maart 2027, 13.30–17.00 uur" on one day, both dates
     when it spans days, only the start when there is no end. -->
<func:function name="c:when">
  <xsl:param name="event"/>
  <xsl:variable name="s" select="$event/start"/>
  <xsl:variable name="e" select="$event/end"/>
  <xsl:choose>
    <xsl:when test="not($e/@time)">
      <func:result select="c:t('format.when.start', c:date($s), c:time($s))"/>
    </xsl:when>
    <xsl:when test="$s/@date = $e/@date">
      <func:result select="c:t('format.when.same-day',
          c:date($s), c:time($s), c:time($e))"/>
    </xsl:when>
    <xsl:otherwise>
      <func:result select="c:t('format.when.days',
          c:date($s), c:time($s), c:date($e), c:time($e))"/>
    </xsl:otherwise>
  </xsl:choose>
</func:function>

<!-- c:iso-date(s): a date "YYYY-MM-DD", or the date of a timestamp
     "YYYY-MM-DD HH:MM:SS" (or with T), without weekday: "28 november
     2026" / "28 November 2026". An empty or malformed string gives ''. -->
<func:function name="c:iso-date">
  <xsl:param name="s"/>
  <xsl:variable name="d" select="normalize-space($s)"/>
  <xsl:choose>
    <xsl:when test="string-length($d) &gt;= 10 and substring($d, 5, 1) = '-' and substring($d, 8, 1) = '-'">
      <func:result select="c:t('format.date.short', number(substring($d, 9, 2)),
          c:t(concat('month.', number(substring($d, 6, 2)))), substring($d, 1, 4))"/>
    </xsl:when>
    <xsl:otherwise><func:result select="''"/></xsl:otherwise>
  </xsl:choose>
</func:function>

<!-- c:iso-datetime(s): a timestamp "YYYY-MM-DD HH:MM[:SS]" (or with T)
     as date and time, "28 november 2026, 14.05 uur"; only the date when
     there is no time. -->
<func:function name="c:iso-datetime">
  <xsl:param name="s"/>
  <xsl:variable name="d" select="normalize-space($s)"/>
  <xsl:variable name="hh" select="substring($d, 12, 2)"/>
  <xsl:choose>
    <xsl:when test="string-length($d) &gt;= 16 and substring($d, 14, 1) = ':'">
      <func:result select="c:t('format.datetime', c:iso-date($d),
          c:t('format.time', number($hh), substring($d, 15, 2), $hh))"/>
    </xsl:when>
    <xsl:otherwise><func:result select="c:iso-date($d)"/></xsl:otherwise>
  </xsl:choose>
</func:function>

</xsl:stylesheet>
