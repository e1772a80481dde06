import { ownValue } from '../../../../shared/model/ownValue'
import { useEffect, useMemo, useState } from 'react'
import { Button, Checkbox, CheckboxGroup, Label, ListBox, ListBoxItem, ListBoxSection, Header, Popover, Select, SelectValue, Switch } from 'react-aria-components'
import type { CoderSummary, RetrievedSegments, RetrievedSegment } from '../../../../shared/contract'
import { CodebookOrder } from '../../../../shared/export/codebookOrder'
import type { Codebook } from '../../../../shared/model'
import { call } from '../../api/client'
import type { ProjectData } from '../../app/useProjectData'
import type { SegmentsTarget } from '../codebook/CodebookEditor'
import { openPassage } from '../codebook/codebookViewStore'

const ANY = '\u0000any'

/**
 * Retrieved segments: every passage coded with one code (and the codes inside it) or a whole
 * group, across all documents, by every coder: the view for checking consistency. Filter by
 * coder and by a document variable; open a passage in the reader; take it as an example.
 */
export function SegmentsView({ data, initialTarget }: { data: ProjectData; initialTarget: SegmentsTarget | null }) {
  const { codebook, project, documents } = data
  const [targetKey, setTargetKey] = useState<string | null>(() => keyOf(initialTarget) ?? firstCodeKey(codebook))
  const [includeChildren, setIncludeChildren] = useState(true)
  const [coders, setCoders] = useState<CoderSummary[]>([])
  const [chosenCoders, setChosenCoders] = useState<string[] | null>(null)
  const [variable, setVariable] = useState<string>(ANY)
  const [value, setValue] = useState<string>(ANY)
  const [result, setResult] = useState<RetrievedSegments | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [examples, setExamples] = useState(() => new Map(codebook.codes.map((c) => [c.id, c.examples])))

  useEffect(() => {
    const key = keyOf(initialTarget)
    if (key) setTargetKey(key)
  }, [initialTarget])
  useEffect(() => {
    call('coders.list', {}).then(setCoders, () => {})
  }, [])

  const variables = useMemo(() => [{ name: 'outlet', label: 'Outlet' }, ...project.variables.map((v) => ({ name: v.name, label: v.name }))], [project.variables])
  const values = useMemo(() => {
    if (variable === ANY) return []
    const seen = new Set<string>()
    for (const d of documents) {
      const v = variable === 'outlet' ? d.outlet : ownValue(d.variables, variable)
      if (v !== undefined && v !== null && v !== '') seen.add(String(v))
    }
    return [...seen].sort()
  }, [documents, variable])

  useEffect(() => {
    if (!targetKey) return
    let current = true
    const target = targetKey.startsWith('group:') ? { groupId: targetKey.slice(6) } : { codeIds: [targetKey] }
    call('segments.retrieve', {
      ...target,
      includeChildren,
      coderIds: chosenCoders ?? undefined,
      variables: variable !== ANY && value !== ANY ? { [variable]: [value] } : undefined,
    }).then(
      (r) => {
        if (!current) return
        setResult(r)
        setError(null)
      },
      (e: Error) => current && setError(e.message),
    )
    return () => {
      current = false
    }
  }, [targetKey, includeChildren, chosenCoders, variable, value])

  const useAsExample = async (segment: RetrievedSegment) => {
    const quote = segment.annotation.quote
    if (!quote) return
    try {
      const latest = await call('codebook.get', {})
      const code = latest.codes.find((c) => c.id === segment.annotation.codeId)
      if (!code) return
      if (code.examples.includes(quote)) return setNotice(`Already an example of “${code.name}”.`)
      const next = { ...latest, codes: latest.codes.map((c) => (c.id === code.id ? { ...c, examples: [...c.examples, quote] } : c)) }
      const report = await call('codebook.update', { codebook: next })
      setExamples(new Map(report.codebook.codes.map((c) => [c.id, c.examples])))
      setNotice(`Added as an example of “${code.name}”.`)
    } catch (e) {
      setNotice((e as Error).message)
    }
  }

  const order = useMemo(() => new CodebookOrder(codebook), [codebook])
  const groups = [...codebook.groups].sort((a, b) => a.order - b.order)
  const shownCoders = chosenCoders ?? coders.map((c) => c.id)

  return (
    <section className="segments-view" aria-label="Retrieved segments">
      <header className="view-toolbar">
        <h2 id="segments-heading">Retrieved segments</h2>
        <span className="hint" role="status">
          {result ? `${result.segments.length} of ${result.unfiltered} segments` : error ? '' : 'Loading…'}
        </span>
        <div className="toolbar-spacer" />
        {notice && (
          <p className="segments-notice" role="status">
            {notice}
          </p>
        )}
      </header>
      <div className="segments-body">
        <aside className="segments-filters" aria-label="Segment filters">
          <Select className="field" selectedKey={targetKey} onSelectionChange={(key) => setTargetKey(String(key))}>
            <Label>Code or group</Label>
            <Button className="select-button input">
              <SelectValue />
              <span aria-hidden="true">▾</span>
            </Button>
            <Popover className="popover select-popover">
              <ListBox className="menu-list">
                {groups.map((group) => (
                  <ListBoxSection key={group.id} id={`section:${group.id}`}>
                    <Header className="menu-header">{group.name}</Header>
                    <ListBoxItem id={`group:${group.id}`} className="menu-item" textValue={`All of ${group.name}`}>
                      All of {group.name}
                    </ListBoxItem>
                    {order.codes
                      .filter((c) => c.groupId === group.id)
                      .map((c) => (
                        <ListBoxItem key={c.id} id={c.id} className="menu-item" textValue={c.name} style={{ paddingLeft: 8 + (order.path(c.id).split('/').length - 2) * 14 }}>
                          {c.name}
                        </ListBoxItem>
                      ))}
                  </ListBoxSection>
                ))}
              </ListBox>
            </Popover>
          </Select>
          <Switch className="switch" isSelected={includeChildren} onChange={setIncludeChildren}>
            <span className="switch-track" aria-hidden="true" />
            Include codes inside it
          </Switch>
          <CheckboxGroup className="field" value={shownCoders} onChange={(ids) => setChosenCoders(ids.length === coders.length ? null : ids)}>
            <Label>Coders</Label>
            {coders.map((c) => (
              <Checkbox key={c.id} value={c.id} className="checkbox">
                <span className="checkbox-box" aria-hidden="true" />
                {c.name}
              </Checkbox>
            ))}
          </CheckboxGroup>
          <Select className="field" selectedKey={variable} onSelectionChange={(key) => (setVariable(String(key)), setValue(ANY))}>
            <Label>Document variable</Label>
            <Button className="select-button input">
              <SelectValue />
              <span aria-hidden="true">▾</span>
            </Button>
            <Popover className="popover">
              <ListBox className="menu-list" items={[{ name: ANY, label: 'Any document' }, ...variables]}>
                {(v) => (
                  <ListBoxItem id={v.name} className="menu-item">
                    {v.label}
                  </ListBoxItem>
                )}
              </ListBox>
            </Popover>
          </Select>
          {variable !== ANY && (
            <Select className="field" selectedKey={value} onSelectionChange={(key) => setValue(String(key))}>
              <Label>Value</Label>
              <Button className="select-button input">
                <SelectValue />
                <span aria-hidden="true">▾</span>
              </Button>
              <Popover className="popover">
                <ListBox className="menu-list" items={[ANY, ...values].map((id) => ({ id }))}>
                  {(v) => (
                    <ListBoxItem id={v.id} className="menu-item">
                      {v.id === ANY ? 'Any value' : v.id}
                    </ListBoxItem>
                  )}
                </ListBox>
              </Popover>
            </Select>
          )}
        </aside>
        <div className="segments-list-wrap">
          {error && <p className="field-error segments-error">{error}</p>}
          {result && result.segments.length === 0 && (
            <div className="state">
              <p>{result.unfiltered ? 'No segments match these filters.' : 'Nobody has applied this code yet.'}</p>
            </div>
          )}
          <ol className="segments-list" aria-label="Segments">
            {result?.segments.map((s) => (
              <li key={`${s.annotation.coderId}/${s.annotation.id}`} className="segment" aria-label={`${s.codeName} by ${s.coderName} in ${s.document.title}`}>
                <div className="segment-meta">
                  <span className="swatch" style={{ background: s.codeColor }} aria-hidden="true" />
                  <span className="segment-code" title={s.codePath}>
                    {s.codeName}
                  </span>
                  <span className="segment-coder">{s.coderName}</span>
                  <span className="segment-document">
                    {[s.document.title, s.document.outlet, s.document.date].filter(Boolean).join(' · ')}
                  </span>
                </div>
                {s.annotation.quote !== null ? (
                  <blockquote className="segment-quote" style={{ borderColor: s.codeColor }}>
                    <span className="context">{s.annotation.before && `…${s.annotation.before}`}</span>
                    <mark style={{ textDecorationColor: s.codeColor }}>{s.annotation.quote}</mark>
                    <span className="context">{s.annotation.after && `${s.annotation.after}…`}</span>
                  </blockquote>
                ) : (
                  <p className="segment-quote whole">Coded for the whole document</p>
                )}
                <Attributes segment={s} codebook={codebook} />
                {s.annotation.memo?.text && <p className="segment-memo">Memo: {s.annotation.memo.text}</p>}
                <div className="segment-actions">
                  <Button
                    className="quiet-button"
                    onPress={() => openPassage({ documentId: s.document.id, annotationId: s.annotation.id, start: s.annotation.start })}
                  >
                    Open in document
                  </Button>
                  {s.annotation.quote && (
                    <Button
                      className="quiet-button"
                      isDisabled={project.readOnlyReason !== null || Boolean(examples.get(s.annotation.codeId)?.includes(s.annotation.quote))}
                      onPress={() => void useAsExample(s)}
                    >
                      {examples.get(s.annotation.codeId)?.includes(s.annotation.quote) ? 'An example' : 'Use as example'}
                    </Button>
                  )}
                </div>
              </li>
            ))}
          </ol>
        </div>
      </div>
    </section>
  )
}

function Attributes({ segment, codebook }: { segment: RetrievedSegment; codebook: Codebook }) {
  const code = codebook.codes.find((c) => c.id === segment.annotation.codeId)
  const shown = (code?.attributes ?? [])
    .map((def) => {
      const value = ownValue(segment.annotation.attributes, def.id)
      if (value === null || value === undefined || value === '') return null
      const label =
        def.type === 'code'
          ? codebook.codes.find((c) => c.id === value)?.name ?? String(value)
          : def.options.find((o) => o.value === value)?.label ?? String(value)
      return { name: def.name, label: def.type === 'scale' ? `${value} ${label === String(value) ? '' : label}`.trim() : label }
    })
    .filter((x): x is { name: string; label: string } => x !== null)
  if (!shown.length) return null
  return (
    <dl className="segment-attributes">
      {shown.map((a) => (
        <div key={a.name}>
          <dt>{a.name}</dt>
          <dd>{a.label}</dd>
        </div>
      ))}
    </dl>
  )
}

function keyOf(target: SegmentsTarget | null): string | null {
  if (!target) return null
  return 'groupId' in target ? `group:${target.groupId}` : target.codeId
}

function firstCodeKey(codebook: Codebook): string | null {
  return new CodebookOrder(codebook).codes[0]?.id ?? null
}
