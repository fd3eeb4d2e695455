import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import SlideNotes from '../../views/SlideNotes.vue'

describe('SlideNotes', () => {
  it('renders the notes under their label, styled by the page\'s prefix', () => {
    const wrapper = mount(SlideNotes, { props: { html: '<p>要点 <code>x</code></p>', label: '讲者备注', prefix: 'reading' }, attrs: { class: 'reading-notes' } })
    expect(wrapper.element.tagName).toBe('DIV')
    expect(wrapper.classes()).toEqual(['reading-notes'])
    expect(wrapper.find('p.reading-notes-label').text()).toBe('讲者备注')
    expect(wrapper.find('.reading-note-body').html()).toContain('<p>要点 <code>x</code></p>')
  })

  it('is a section labelled for the handout', () => {
    const wrapper = mount(SlideNotes, { props: { html: '<p>n</p>', label: '讲者备注', prefix: 'handout', as: 'section' }, attrs: { 'aria-label': '幻灯片 3 的讲者备注' } })
    expect(wrapper.element.tagName).toBe('SECTION')
    expect(wrapper.attributes('aria-label')).toBe('幻灯片 3 的讲者备注')
    expect(wrapper.find('.handout-notes-label').exists()).toBe(true)
    expect(wrapper.find('.handout-note-body').text()).toBe('n')
  })
})
